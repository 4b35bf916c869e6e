package org.carbonmrv.calculation.report;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.carbonmrv.api.calculation.MarkReportStaleCommand;
import org.carbonmrv.api.monitoring.ReadingBatchRecordedEvent;
import org.carbonmrv.api.monitoring.ReadingCorrectedEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Marks a project's open reduction reports stale when its monitored data changes after their
 * latest calculation (new readings, corrections): a process manager over the shared event store.
 * Only data newer than the latest version counts, so replaying history marks nothing wrongly.
 */
@Component
@ProcessingGroup("stale-reports")
class StaleReports {

    private final ReductionReportProjection reports;
    private final CommandGateway commands;

    StaleReports(ReductionReportProjection reports, CommandGateway commands) {
        this.reports = reports;
        this.commands = commands;
    }

    @EventHandler
    void on(ReadingBatchRecordedEvent e, @Timestamp Instant at) {
        markStale(e.projectId(), at, "readings batch " + e.batchId() + " recorded");
    }

    @EventHandler
    void on(ReadingCorrectedEvent e, @Timestamp Instant at) {
        markStale(
                e.projectId(),
                at,
                "reading " + e.readingId() + " (" + e.parameter() + ", " + e.source() + ") corrected from "
                        + e.previousValue().toPlainString() + " to "
                        + e.correctedValue().toPlainString() + ": " + e.reason());
    }

    private void markStale(String projectId, Instant changedAt, String cause) {
        for (String reportId : reports.outdatedBy(projectId, changedAt)) {
            commands.sendAndWait(new MarkReportStaleCommand(reportId, cause));
        }
    }
}
