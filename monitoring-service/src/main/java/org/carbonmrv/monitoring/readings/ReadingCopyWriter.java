package org.carbonmrv.monitoring.readings;

import org.carbonmrv.audit.readings.ReadingRowsDigest;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import static org.carbonmrv.platform.copy.CopyText.escape;

/**
 * Streams checked readings into the {@code readings} table with PostgreSQL's COPY, in the
 * caller's transaction, a buffer at a time: an upload of millions of rows never sits in memory.
 */
final class ReadingCopyWriter {

    private static final String COPY = "COPY readings (batch_id, project_id, period_id, row_number, parameter, source, "
            + "starts_at, ends_at, month, value, unit, quality) FROM STDIN";
    private static final int FLUSH_AT = 1 << 18;

    private final CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_AT + 4096);
    private final StringBuilder line = new StringBuilder(160);
    private final String prefix;
    private final ReadingRowsDigest rowsDigest = new ReadingRowsDigest();
    private long rows;

    ReadingCopyWriter(Connection connection, String batchId, String projectId, String periodId) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        this.prefix = escape(batchId) + "\t" + escape(projectId) + "\t" + escape(periodId) + "\t";
    }

    void write(Reading r) throws SQLException {
        line.setLength(0);
        line.append(prefix)
                .append(r.row())
                .append('\t')
                .append(escape(r.parameter()))
                .append('\t')
                .append(escape(r.source()))
                .append('\t')
                .append(r.startsAt())
                .append('\t')
                .append(r.endsAt())
                .append('\t')
                .append(r.month() == null ? "\\N" : r.month().toString())
                .append('\t')
                .append(r.value().toPlainString())
                .append('\t')
                .append(escape(r.unit()))
                .append('\t')
                .append(r.quality() == null ? "\\N" : escape(r.quality()))
                .append('\n');
        buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        rowsDigest.add(
                r.row(),
                r.parameter(),
                r.source(),
                r.startsAt(),
                r.endsAt(),
                r.month() == null ? null : r.month().toString(),
                r.value(),
                r.unit(),
                r.quality());
        rows++;
        if (buffer.size() >= FLUSH_AT) {
            flush();
        }
    }

    /** The digest of the rows written, as a verification reads them back (see {@link ReadingRowsDigest}). */
    String rowsDigest() {
        return rowsDigest.hex();
    }

    long rows() {
        return rows;
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    private void flush() throws SQLException {
        if (buffer.size() > 0) {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }
    }
}
