package org.carbonmrv.project.project;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.carbonmrv.api.project.AmendProjectCommand;
import org.carbonmrv.api.project.AssignVerifierCommand;
import org.carbonmrv.api.project.Facility;
import org.carbonmrv.api.project.ListProjectCommand;
import org.carbonmrv.api.project.OpenReportingPeriodCommand;
import org.carbonmrv.api.project.ProjectAmendedEvent;
import org.carbonmrv.api.project.ProjectCompletedEvent;
import org.carbonmrv.api.project.ProjectListedEvent;
import org.carbonmrv.api.project.ProjectRegisteredEvent;
import org.carbonmrv.api.project.ProjectRejectedEvent;
import org.carbonmrv.api.project.ProjectStatus;
import org.carbonmrv.api.project.ProjectSubmittedEvent;
import org.carbonmrv.api.project.ProjectTerminatedEvent;
import org.carbonmrv.api.project.RecordReportApprovalCommand;
import org.carbonmrv.api.project.RejectProjectCommand;
import org.carbonmrv.api.project.ReportingPeriodOpenedEvent;
import org.carbonmrv.api.project.SubmitProjectCommand;
import org.carbonmrv.api.project.TerminateProjectCommand;
import org.carbonmrv.api.project.VerifierAssignedEvent;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate
class Project {

    @AggregateIdentifier
    private String projectId;

    private String ownerOrganisation;
    private ProjectStatus status;
    private int version;
    private LocalDate creditingPeriodStart;
    private LocalDate creditingPeriodEnd;
    private final Map<String, ReportingPeriodPolicy.Span> reportingPeriods = new HashMap<>();

    Project() {
        // for Axon
    }

    @CommandHandler
    Project(SubmitProjectCommand command) {
        if (!command.creditingPeriodEnd().isAfter(command.creditingPeriodStart())) {
            throw DomainException.unprocessable(
                    "crediting-period-invalid",
                    "the crediting period ends before it starts",
                    FieldProblem.of("creditingPeriodEnd", "must be after creditingPeriodStart"));
        }
        requireComplete(command.facility());
        apply(new ProjectSubmittedEvent(
                command.projectId(),
                command.name(),
                command.methodologyId(),
                command.methodologyVersion(),
                command.ownerOrganisation(),
                command.facility(),
                command.timeZone(),
                command.creditingPeriodStart(),
                command.creditingPeriodEnd(),
                command.location()));
    }

    @CommandHandler
    void handle(ListProjectCommand command) {
        requireStatus(ProjectStatus.SUBMITTED, "only a submitted project can be listed");
        apply(new ProjectListedEvent(projectId));
    }

    /**
     * Only the first approval registers a project, and only the approval of the period that ends on
     * the crediting period's last day completes it; any other approval, or one delivered again,
     * changes nothing.
     */
    @CommandHandler
    void handle(RecordReportApprovalCommand command) {
        if (status == ProjectStatus.LISTED) {
            apply(new ProjectRegisteredEvent(projectId, command.reportId(), command.reportVersion()));
        }
        ReportingPeriodPolicy.Span period = reportingPeriods.get(command.reportingPeriodId());
        if (status == ProjectStatus.REGISTERED && period != null && period.end().equals(creditingPeriodEnd)) {
            apply(new ProjectCompletedEvent(
                    projectId,
                    command.reportingPeriodId(),
                    command.reportId(),
                    command.reportVersion(),
                    creditingPeriodEnd));
        }
    }

    @CommandHandler
    void handle(AmendProjectCommand command) {
        if (status != ProjectStatus.SUBMITTED && !status.active()) {
            throw DomainException.conflict(
                    "project-status",
                    "only a submitted, listed or registered project can be amended (status is " + status + ")");
        }
        if (command.expectedVersion() != version) {
            throw DomainException.conflict(
                    "project-version-stale",
                    "the amendment was made to version " + command.expectedVersion() + ", the project is at version "
                            + version + ": read it again and amend that");
        }
        requireComplete(command.facility());
        apply(new ProjectAmendedEvent(projectId, version + 1, command.name(), command.facility(), command.reason()));
    }

    @CommandHandler
    void handle(TerminateProjectCommand command) {
        if (!status.active()) {
            throw DomainException.conflict(
                    "project-status",
                    "only a listed or registered project can be terminated (status is " + status + ")");
        }
        apply(new ProjectTerminatedEvent(projectId, command.reason()));
    }

    @CommandHandler
    void handle(RejectProjectCommand command) {
        requireStatus(ProjectStatus.SUBMITTED, "only a submitted project can be rejected");
        apply(new ProjectRejectedEvent(projectId, command.reason()));
    }

    @CommandHandler
    void handle(OpenReportingPeriodCommand command) {
        if (!status.active()) {
            throw DomainException.conflict(
                    "project-not-listed",
                    "reporting periods open only on listed or registered projects; this one is " + status);
        }
        ReportingPeriodPolicy.check(
                new ArrayList<>(reportingPeriods.values()),
                creditingPeriodStart,
                creditingPeriodEnd,
                command.start(),
                command.end());
        apply(new ReportingPeriodOpenedEvent(projectId, command.reportingPeriodId(), command.start(), command.end()));
    }

    @CommandHandler
    void handle(AssignVerifierCommand command) {
        if (!reportingPeriods.containsKey(command.reportingPeriodId())) {
            throw DomainException.notFound(
                    "reporting-period-not-found",
                    "project " + projectId + " has no reporting period " + command.reportingPeriodId());
        }
        if (ownerOrganisation.equals(command.verifierOrganisation())) {
            throw DomainException.unprocessable(
                    "verifier-conflict-of-interest",
                    "the verifier's organisation cannot be the project owner's organisation",
                    FieldProblem.of(
                            "verifierOrganisation", "must differ from the owner organisation " + ownerOrganisation));
        }
        apply(new VerifierAssignedEvent(projectId, command.reportingPeriodId(), command.verifierOrganisation()));
    }

    private static void requireComplete(Facility facility) {
        if (facility.productionLines().isEmpty() || facility.destructionUnits().isEmpty()) {
            throw DomainException.unprocessable(
                    "facility-incomplete",
                    "a facility needs at least one production line and one destruction unit",
                    FieldProblem.of("facility", "at least one production line and one destruction unit"));
        }
    }

    private void requireStatus(ProjectStatus expected, String rule) {
        if (status != expected) {
            throw DomainException.conflict("project-status", rule + " (status is " + status + ")");
        }
    }

    @EventSourcingHandler
    void on(ProjectSubmittedEvent event) {
        projectId = event.projectId();
        ownerOrganisation = event.ownerOrganisation();
        creditingPeriodStart = event.creditingPeriodStart();
        creditingPeriodEnd = event.creditingPeriodEnd();
        status = ProjectStatus.SUBMITTED;
        version = 1;
    }

    @EventSourcingHandler
    void on(ProjectAmendedEvent event) {
        version = event.version();
    }

    @EventSourcingHandler
    void on(ProjectCompletedEvent event) {
        status = ProjectStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(ProjectTerminatedEvent event) {
        status = ProjectStatus.TERMINATED;
    }

    @EventSourcingHandler
    void on(ProjectListedEvent event) {
        status = ProjectStatus.LISTED;
    }

    @EventSourcingHandler
    void on(ProjectRegisteredEvent event) {
        status = ProjectStatus.REGISTERED;
    }

    @EventSourcingHandler
    void on(ProjectRejectedEvent event) {
        status = ProjectStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ReportingPeriodOpenedEvent event) {
        reportingPeriods.put(event.reportingPeriodId(), new ReportingPeriodPolicy.Span(event.start(), event.end()));
    }
}
