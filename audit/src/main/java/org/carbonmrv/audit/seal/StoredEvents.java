package org.carbonmrv.audit.seal;

import org.carbonmrv.audit.chain.StoredEvent;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The event store's columns, and how a row of them becomes a {@link StoredEvent}. */
public final class StoredEvents {

    /** The columns read, prefixed with {@code e.}, in the order {@link #read} takes them from {@code first}. */
    public static final String COLUMNS = "e.global_index, e.event_identifier, e.type, e.aggregate_identifier,"
            + " e.sequence_number, e.payload_type, e.payload_revision, e.payload, e.meta_data, e.time_stamp";

    private StoredEvents() {}

    public static StoredEvent read(ResultSet row, int first) throws SQLException {
        return new StoredEvent(
                row.getLong(first),
                row.getString(first + 1),
                row.getString(first + 2),
                row.getString(first + 3),
                row.getLong(first + 4),
                row.getString(first + 5),
                row.getString(first + 6),
                row.getBytes(first + 7),
                row.getBytes(first + 8),
                row.getString(first + 9));
    }
}
