package org.carbonmrv.monitoring.readings;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The batches of readings; the rows themselves are streamed in by {@link ReadingCopyWriter}. */
@Repository
class ReadingStore {

    private final JdbcTemplate jdbc;

    ReadingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> batchWithDigest(String projectId, String sha256) {
        return jdbc.queryForList("SELECT id FROM reading_batches WHERE project_id = ? AND sha256 = ?", String.class,
                projectId, sha256).stream().findFirst();
    }

    void recordBatch(String batchId, String projectId, String periodId, String sha256, String format, String recordedBy,
                     long rowCount) {
        jdbc.update("INSERT INTO reading_batches (id, project_id, period_id, sha256, format, row_count, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", batchId, projectId, periodId, sha256, format, rowCount, recordedBy);
    }
}
