package org.carbonmrv.monitoring.criticalfindings;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.carbonmrv.api.monitoring.CalibrationRecordedEvent;
import org.carbonmrv.api.monitoring.DowntimeRecordedEvent;
import org.carbonmrv.api.monitoring.LoggerHourRecordedEvent;
import org.carbonmrv.api.monitoring.MeterSubstitutionRecordedEvent;
import org.carbonmrv.api.monitoring.MonitoringPlanDeclaredEvent;
import org.carbonmrv.api.monitoring.ReadingBatchRecordedEvent;
import org.carbonmrv.api.monitoring.ReadingCorrectedEvent;
import org.carbonmrv.api.project.ReportingPeriodOpenedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks the reporting periods whose QA checks may find something else now that their data has
 * changed; {@link CriticalFindingsReview} runs them. A burst of uploads (a plant's DCS sending every
 * minute) marks a period once, so the checks run once for the burst.
 */
@Component
@ProcessingGroup("critical-qa-findings")
class CriticalFindingsWatch {

    static final String EVERY_PERIOD = "*";

    private final JdbcTemplate jdbc;

    CriticalFindingsWatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A batch also changes the checks of the other projects that recorded the same content. */
    @EventHandler
    void on(ReadingBatchRecordedEvent event) {
        due(event.projectId(), event.reportingPeriodId());
        jdbc.update("""
                INSERT INTO qa_review_due (project_id, period_id)
                SELECT DISTINCT project_id, period_id FROM reading_batches WHERE sha256 = ? AND project_id <> ?
                ON CONFLICT DO NOTHING""", event.sha256(), event.projectId());
    }

    @EventHandler
    void on(LoggerHourRecordedEvent event) {
        due(event.projectId(), event.reportingPeriodId());
    }

    @EventHandler
    void on(ReportingPeriodOpenedEvent event) {
        due(event.projectId(), event.reportingPeriodId());
    }

    @EventHandler
    void on(ReadingCorrectedEvent event) {
        due(event.projectId(), EVERY_PERIOD);
    }

    @EventHandler
    void on(DowntimeRecordedEvent event) {
        due(event.projectId(), EVERY_PERIOD);
    }

    @EventHandler
    void on(CalibrationRecordedEvent event) {
        due(event.projectId(), EVERY_PERIOD);
    }

    @EventHandler
    void on(MeterSubstitutionRecordedEvent event) {
        due(event.projectId(), EVERY_PERIOD);
    }

    @EventHandler
    void on(MonitoringPlanDeclaredEvent event) {
        due(event.projectId(), EVERY_PERIOD);
    }

    private void due(String projectId, String periodId) {
        jdbc.update(
                "INSERT INTO qa_review_due (project_id, period_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                projectId,
                periodId);
    }
}
