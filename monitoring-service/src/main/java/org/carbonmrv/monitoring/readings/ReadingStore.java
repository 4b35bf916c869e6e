package org.carbonmrv.monitoring.readings;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/** The batches of readings; the rows themselves are streamed in by {@link ReadingCopyWriter}. */
@Repository
class ReadingStore {

    private final JdbcTemplate jdbc;

    ReadingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A recorded batch: its content's digest, format and size, who uploaded it and when. */
    record BatchView(
            String id,
            String projectId,
            String reportingPeriodId,
            String sha256,
            String format,
            long rowCount,
            String recordedBy,
            Instant recordedAt) {}

    Optional<BatchView> batch(String projectId, String periodId, String batchId) {
        return jdbc
                .query(
                        "SELECT * FROM reading_batches WHERE id = ? AND project_id = ? AND period_id = ?",
                        (rs, i) -> new BatchView(
                                rs.getString("id"),
                                rs.getString("project_id"),
                                rs.getString("period_id"),
                                rs.getString("sha256"),
                                rs.getString("format"),
                                rs.getLong("row_count"),
                                rs.getString("recorded_by"),
                                rs.getTimestamp("recorded_at").toInstant()),
                        batchId,
                        projectId,
                        periodId)
                .stream()
                .findFirst();
    }

    Optional<String> batchWithDigest(String projectId, String sha256) {
        return jdbc
                .queryForList(
                        "SELECT id FROM reading_batches WHERE project_id = ? AND sha256 = ?",
                        String.class,
                        projectId,
                        sha256)
                .stream()
                .findFirst();
    }

    void recordBatch(
            String batchId,
            String projectId,
            String periodId,
            String sha256,
            String format,
            String recordedBy,
            long rowCount) {
        jdbc.update(
                "INSERT INTO reading_batches (id, project_id, period_id, sha256, format, row_count, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                batchId,
                projectId,
                periodId,
                sha256,
                format,
                rowCount,
                recordedBy);
    }
}
