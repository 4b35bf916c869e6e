package org.carbonmrv.audit.readings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.audit.verification.Discrepancy;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The readings live in the monitoring service's tables, not in events; the sealed events say what
 * they must be. Each batch's rows against the rows digest of its event, each reading's effective
 * correction against the last correction event, and each monthly roll-up against the readings.
 */
public final class ReadingsVerifier {

    private static final String BATCH_EVENT = "org.carbonmrv.api.monitoring.ReadingBatchRecordedEvent";
    private static final String CORRECTION_EVENT = "org.carbonmrv.api.monitoring.ReadingCorrectedEvent";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadingsVerifier() {}

    /** Nothing to check on a database without the monitoring service's tables. */
    public static void verify(Connection connection, Consumer<Discrepancy> findings) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row =
                        statement.executeQuery("SELECT to_regclass('monitoring_service.readings') IS NOT NULL")) {
            row.next();
            if (!row.getBoolean(1)) {
                return;
            }
        }
        batches(connection, findings);
        corrections(connection, findings);
        rollups(connection, findings);
    }

    private static void batches(Connection connection, Consumer<Discrepancy> findings) throws SQLException {
        Map<String, long[]> eventOf = new LinkedHashMap<>();
        Map<String, String> digestOf = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT global_index, payload FROM eventstore.domain_event_entry WHERE payload_type = ? ORDER BY global_index")) {
            select.setString(1, BATCH_EVENT);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    JsonNode payload = json(rows.getBytes(2));
                    if (payload.hasNonNull("rowsDigest")) {
                        String batch = payload.get("batchId").asText();
                        eventOf.put(batch, new long[] {
                            rows.getLong(1), payload.get("rowCount").asLong()
                        });
                        digestOf.put(batch, payload.get("rowsDigest").asText());
                    }
                }
            }
        }
        if (eventOf.isEmpty()) {
            return;
        }
        Map<String, ReadingRowsDigest> stored = new HashMap<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT batch_id, " + ReadingRowsDigest.STORED_COLUMNS
                        + " FROM monitoring_service.readings" + " ORDER BY batch_id, row_number, id")) {
            select.setFetchSize(5000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String batch = rows.getString(1);
                    if (!eventOf.containsKey(batch)) {
                        continue;
                    }
                    stored.computeIfAbsent(batch, b -> new ReadingRowsDigest()).addStored(rows, 2);
                }
            }
        }
        for (Map.Entry<String, long[]> batch : eventOf.entrySet()) {
            ReadingRowsDigest rows = stored.get(batch.getKey());
            long event = batch.getValue()[0];
            long expectedRows = batch.getValue()[1];
            if (rows == null || !rows.hex().equals(digestOf.get(batch.getKey()))) {
                findings.accept(new Discrepancy(
                        Discrepancy.Kind.READINGS_CHANGED,
                        null,
                        event,
                        "the stored rows of reading batch " + batch.getKey() + " (" + (rows == null ? 0 : rows.rows())
                                + " of " + expectedRows
                                + ") are not the rows its event recorded: a reading was changed, added or removed"));
            }
        }
    }

    private static void corrections(Connection connection, Consumer<Discrepancy> findings) throws SQLException {
        Map<Long, BigDecimal> byEvents = new HashMap<>();
        Map<Long, Long> eventOf = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT global_index, payload FROM eventstore.domain_event_entry WHERE payload_type = ? ORDER BY global_index")) {
            select.setString(1, CORRECTION_EVENT);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    JsonNode payload = json(rows.getBytes(2));
                    long reading = payload.get("readingId").asLong();
                    byEvents.put(
                            reading,
                            new BigDecimal(payload.get("correctedValue").asText()));
                    eventOf.put(reading, rows.getLong(1));
                }
            }
        }
        Map<Long, BigDecimal> inTable = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT DISTINCT ON (reading_id) reading_id, value"
                        + " FROM monitoring_service.reading_corrections ORDER BY reading_id, id DESC")) {
            while (rows.next()) {
                inTable.put(rows.getLong(1), rows.getBigDecimal(2));
            }
        }
        byEvents.forEach((reading, value) -> {
            BigDecimal stored = inTable.get(reading);
            if (stored == null || stored.compareTo(value) != 0) {
                findings.accept(new Discrepancy(
                        Discrepancy.Kind.READINGS_CHANGED,
                        null,
                        eventOf.get(reading),
                        "reading " + reading + " was last corrected to " + value.toPlainString() + " by this event; its"
                                + " correction row says " + (stored == null ? "nothing" : stored.toPlainString())));
            }
        });
        inTable.keySet().stream()
                .filter(reading -> !byEvents.containsKey(reading))
                .sorted()
                .forEach(reading -> findings.accept(new Discrepancy(
                        Discrepancy.Kind.READINGS_CHANGED,
                        null,
                        null,
                        "reading " + reading + " has a correction row and no correction event: written by hand")));
    }

    private static void rollups(Connection connection, Consumer<Discrepancy> findings) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        WITH computed AS (
                            SELECT project_id, period_id, parameter, source, COALESCE(month, '') AS month,
                                   count(*) AS n, sum(effective_value) AS total, min(effective_value) AS low,
                                   max(effective_value) AS high
                            FROM monitoring_service.effective_readings
                            GROUP BY project_id, period_id, parameter, source, COALESCE(month, ''))
                        SELECT COALESCE(k.project_id, c.project_id), COALESCE(k.period_id, c.period_id),
                               COALESCE(k.parameter, c.parameter), COALESCE(k.source, c.source), COALESCE(k.month, c.month),
                               k.total, c.total
                        FROM monitoring_service.monthly_rollup k
                        FULL JOIN computed c USING (project_id, period_id, parameter, source, month)
                        WHERE k.n IS DISTINCT FROM c.n OR k.total IS DISTINCT FROM c.total
                           OR k.low IS DISTINCT FROM c.low OR k.high IS DISTINCT FROM c.high
                        ORDER BY 1, 2, 3, 4, 5""")) {
            while (rows.next()) {
                BigDecimal kept = rows.getBigDecimal(6);
                BigDecimal computed = rows.getBigDecimal(7);
                findings.accept(new Discrepancy(
                        Discrepancy.Kind.READINGS_CHANGED,
                        null,
                        null,
                        "the roll-up of " + rows.getString(3) + " / " + rows.getString(4) + " in "
                                + (rows.getString(5).isEmpty() ? "the whole period" : rows.getString(5))
                                + " of project "
                                + rows.getString(1) + " says " + (kept == null ? "nothing" : kept.toPlainString())
                                + "; its readings add up to "
                                + (computed == null ? "nothing" : computed.toPlainString())));
            }
        }
    }

    private static JsonNode json(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new IllegalStateException("an event payload is not JSON", e);
        }
    }
}
