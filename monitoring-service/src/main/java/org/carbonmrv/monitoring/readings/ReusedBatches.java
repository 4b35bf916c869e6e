package org.carbonmrv.monitoring.readings;

import org.carbonmrv.monitoring.qa.QaInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** Batches of a period whose exact content another project uploaded too (only how many projects is told). */
@Repository
public class ReusedBatches {

    private final JdbcTemplate jdbc;

    ReusedBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<QaInput.ReusedBatch> of(String projectId, String periodId) {
        return jdbc.query("""
                SELECT b.id, b.sha256, b.recorded_at, count(DISTINCT o.project_id) AS others
                FROM reading_batches b JOIN reading_batches o ON o.sha256 = b.sha256 AND o.project_id <> b.project_id
                WHERE b.project_id = ? AND b.period_id = ?
                GROUP BY b.id, b.sha256, b.recorded_at ORDER BY b.recorded_at""",
                (rs, i) -> new QaInput.ReusedBatch(rs.getString("id"), rs.getString("sha256"),
                        rs.getTimestamp("recorded_at").toInstant().toString(), rs.getLong("others")),
                projectId, periodId);
    }
}
