package org.carbonmrv.monitoring.readings;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/** The append-only store of reading batches and their rows, in the service's schema. */
@Repository
class ReadingStore {

    private static final int CHUNK = 5_000;
    private final JdbcTemplate jdbc;

    ReadingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> batchWithDigest(String projectId, String sha256) {
        return jdbc.queryForList("SELECT id FROM reading_batches WHERE project_id = ? AND sha256 = ?", String.class,
                projectId, sha256).stream().findFirst();
    }

    /** Row numbers of readings that already exist for the same parameter, source and interval. */
    List<Integer> alreadyRecorded(String projectId, List<Reading> readings) {
        String sql = """
                SELECT n.row_number FROM unnest(?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::int[])
                       AS n(parameter, source, starts_at, ends_at, row_number)
                WHERE EXISTS (SELECT 1 FROM readings r WHERE r.project_id = ? AND r.parameter = n.parameter
                              AND r.source = n.source AND r.starts_at = n.starts_at AND r.ends_at = n.ends_at)
                ORDER BY n.row_number""";
        return jdbc.execute((java.sql.Connection c) -> {
            try (var statement = c.prepareStatement(sql)) {
                statement.setArray(1, c.createArrayOf("text", readings.stream().map(Reading::parameter).toArray()));
                statement.setArray(2, c.createArrayOf("text", readings.stream().map(Reading::source).toArray()));
                statement.setArray(3, c.createArrayOf("timestamptz", readings.stream().map(r -> Timestamp.from(r.startsAt())).toArray()));
                statement.setArray(4, c.createArrayOf("timestamptz", readings.stream().map(r -> Timestamp.from(r.endsAt())).toArray()));
                statement.setArray(5, c.createArrayOf("int4", readings.stream().map(Reading::row).toArray()));
                statement.setString(6, projectId);
                try (var rs = statement.executeQuery()) {
                    List<Integer> rows = new java.util.ArrayList<>();
                    while (rs.next()) {
                        rows.add(rs.getInt(1));
                    }
                    return rows;
                }
            }
        });
    }

    void append(String batchId, String projectId, String periodId, String sha256, String format, String recordedBy,
                List<Reading> readings) {
        jdbc.update("INSERT INTO reading_batches (id, project_id, period_id, sha256, format, row_count, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", batchId, projectId, periodId, sha256, format, readings.size(), recordedBy);
        for (int from = 0; from < readings.size(); from += CHUNK) {
            List<Reading> chunk = readings.subList(from, Math.min(readings.size(), from + CHUNK));
            jdbc.batchUpdate("""
                            INSERT INTO readings (batch_id, project_id, period_id, row_number, parameter, source,
                                                  starts_at, ends_at, month, value, unit, quality)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", chunk, chunk.size(),
                    (ps, r) -> {
                        ps.setString(1, batchId);
                        ps.setString(2, projectId);
                        ps.setString(3, periodId);
                        ps.setInt(4, r.row());
                        ps.setString(5, r.parameter());
                        ps.setString(6, r.source());
                        ps.setTimestamp(7, Timestamp.from(r.startsAt()));
                        ps.setTimestamp(8, Timestamp.from(r.endsAt()));
                        if (r.month() == null) {
                            ps.setNull(9, Types.CHAR);
                        } else {
                            ps.setString(9, r.month().toString());
                        }
                        ps.setBigDecimal(10, r.value());
                        ps.setString(11, r.unit());
                        ps.setString(12, r.quality());
                    });
        }
    }
}
