package org.carbonmrv.project.project;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.carbonmrv.api.calculation.ReductionReportApprovedEvent;
import org.carbonmrv.platform.readmodels.RebuildableReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The reporting periods whose report a verifier approved, learnt from the calculation-service's
 * events: once a period is approved, the verifier who approved it stays its verifier.
 */
@Component
@RebuildableReadModel(tables = {"approved_periods"})
@ProcessingGroup("verification-outcomes")
class ApprovedPeriods {

    private final JdbcTemplate jdbc;

    ApprovedPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReductionReportApprovedEvent e, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO approved_periods (project_id, period_id, report_id, approved_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (project_id, period_id) DO NOTHING""", e.projectId(), e.reportingPeriodId(), e.reportId(), java.sql.Timestamp.from(at));
    }

    boolean approved(String projectId, String periodId) {
        return !jdbc.queryForList(
                        "SELECT 1 FROM approved_periods WHERE project_id = ? AND period_id = ?",
                        Integer.class,
                        projectId,
                        periodId)
                .isEmpty();
    }
}
