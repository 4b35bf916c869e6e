package org.carbonmrv.project.project;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.carbonmrv.api.calculation.ReductionReportApprovedEvent;
import org.carbonmrv.api.project.RecordReportApprovalCommand;
import org.springframework.stereotype.Component;

/**
 * A project is registered when the first report of one of its periods is approved, and completed
 * when the report of the period that ends its crediting period is: the
 * calculation-service's approval, learnt from the shared event store, becomes the project's own
 * event. Replays and later approvals change nothing (the project decides).
 */
@Component
@ProcessingGroup("verification-outcomes")
class ProjectRegistration {

    private final CommandGateway commands;

    ProjectRegistration(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ReductionReportApprovedEvent e) {
        commands.sendAndWait(
                new RecordReportApprovalCommand(e.projectId(), e.reportingPeriodId(), e.reportId(), e.version()));
    }
}
