package org.carbonmrv.calculation.report;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.carbonmrv.api.calculation.AnswerFindingCommand;
import org.carbonmrv.api.calculation.ApproveReductionReportCommand;
import org.carbonmrv.api.calculation.CalculateReductionsCommand;
import org.carbonmrv.api.calculation.CloseFindingCommand;
import org.carbonmrv.api.calculation.FindingAnsweredEvent;
import org.carbonmrv.api.calculation.FindingClosedEvent;
import org.carbonmrv.api.calculation.FindingKind;
import org.carbonmrv.api.calculation.FindingRaisedEvent;
import org.carbonmrv.api.calculation.MarkReportStaleCommand;
import org.carbonmrv.api.calculation.RaiseFindingCommand;
import org.carbonmrv.api.calculation.ReductionReportApprovedEvent;
import org.carbonmrv.api.calculation.ReductionReportMarkedStaleEvent;
import org.carbonmrv.api.calculation.ReductionReportRejectedEvent;
import org.carbonmrv.api.calculation.ReductionsCalculatedEvent;
import org.carbonmrv.api.calculation.RejectReductionReportCommand;
import org.carbonmrv.api.calculation.ReportSubmittedForVerificationEvent;
import org.carbonmrv.api.calculation.SubmitReportForVerificationCommand;
import org.carbonmrv.api.quantity.Quantity;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.platform.problem.DomainException;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The reduction report of one project and reporting period: calculation versions, submission for
 * verification, and the verifier's approval or rejection of one exact version. A version calculated
 * after an approval is a correction that, once approved, supersedes the approved one.
 */
@Aggregate
class ReductionReport {

    private record Version(String digest, String methodologyId, String methodologyVersion, BigDecimal reductions) {}

    @AggregateIdentifier
    private String reportId;

    private String projectId;
    private String reportingPeriodId;
    private String ownerOrganisation;
    private int vintage;
    private ReportStatus status;
    private int latestVersion;
    private Integer submittedVersion;
    private Integer approvedVersion;
    private boolean stale;
    private Map<String, String> latestResults = Map.of();
    private final Map<Integer, Version> versions = new HashMap<>();
    private final Map<String, FindingState> findings = new HashMap<>();

    private record FindingState(FindingKind kind, boolean closed) {}

    ReductionReport() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CalculateReductionsCommand command) {
        // after approval a new version is a correction: the approved one stays credited until the
        // verifier approves its successor, and the registry then issues or reverses the difference
        if (status == ReportStatus.SUBMITTED && !hasOpenFindings()) {
            throw DomainException.conflict(
                    "report-under-verification",
                    "version " + submittedVersion
                            + " is under verification; recalculate after the verifier's findings");
        }
        String er = command.results().get("ER_y");
        if (er == null) {
            throw new IllegalArgumentException("a calculation without ER_y");
        }
        apply(new ReductionsCalculatedEvent(
                command.reportId(),
                command.projectId(),
                command.reportingPeriodId(),
                command.ownerOrganisation(),
                command.vintage(),
                latestVersion + 1,
                command.methodologyId(),
                command.methodologyVersion(),
                command.datasetDigest(),
                command.results(),
                command.trace(),
                changes(latestResults, command.results())));
    }

    @CommandHandler
    void handle(SubmitReportForVerificationCommand command) {
        Version version = requireVersion(command.version());
        if (status != ReportStatus.CALCULATED && status != ReportStatus.REJECTED) {
            throw DomainException.conflict(
                    "report-status", "only a calculated report can be submitted (status is " + status + ")");
        }
        requireFresh();
        if (command.version() != latestVersion) {
            throw DomainException.conflict(
                    "version-superseded",
                    "version " + command.version() + " is superseded by version " + latestVersion);
        }
        apply(new ReportSubmittedForVerificationEvent(reportId, projectId, command.version(), version.digest()));
    }

    @CommandHandler
    void handle(ApproveReductionReportCommand command) {
        Version version = requireVersion(command.version());
        requireAssignedVerifier(command.actingOrganisation(), command.assignedVerifierOrganisation());
        if (status == ReportStatus.APPROVED) {
            throw DomainException.conflict("report-approved", "the report is already approved");
        }
        if (status != ReportStatus.SUBMITTED || submittedVersion != command.version()) {
            throw DomainException.conflict(
                    "version-not-submitted", "version " + command.version() + " is not under verification");
        }
        requireFresh();
        long open = findings.values().stream()
                .filter(f -> f.kind() == FindingKind.NON_CONFORMITY && !f.closed())
                .count();
        if (open > 0) {
            throw DomainException.conflict(
                    "non-conformities-open", open + " non-conformity(ies) still open; close them before approving");
        }
        apply(new ReductionReportApprovedEvent(
                reportId,
                projectId,
                reportingPeriodId,
                command.version(),
                version.digest(),
                version.methodologyId(),
                version.methodologyVersion(),
                ownerOrganisation,
                command.actingOrganisation(),
                vintage,
                new Quantity(version.reductions(), Unit.TONNE_CO2E),
                approvedVersion));
    }

    @CommandHandler
    void handle(RejectReductionReportCommand command) {
        requireVersion(command.version());
        requireAssignedVerifier(command.actingOrganisation(), command.assignedVerifierOrganisation());
        if (status != ReportStatus.SUBMITTED || submittedVersion != command.version()) {
            throw DomainException.conflict(
                    "version-not-submitted", "version " + command.version() + " is not under verification");
        }
        apply(new ReductionReportRejectedEvent(
                reportId, projectId, command.version(), command.reason(), command.actingOrganisation()));
    }

    @CommandHandler
    void handle(RaiseFindingCommand command) {
        requireAssignedVerifier(command.actingOrganisation(), command.assignedVerifierOrganisation());
        if (status != ReportStatus.SUBMITTED) {
            throw DomainException.conflict(
                    "report-not-under-verification", "findings are raised on a report under verification");
        }
        if (findings.containsKey(command.findingId())) {
            throw DomainException.conflict("finding-exists", "finding " + command.findingId() + " exists");
        }
        apply(new FindingRaisedEvent(
                reportId,
                projectId,
                command.findingId(),
                submittedVersion,
                command.kind(),
                command.subject(),
                command.text(),
                command.actingOrganisation()));
    }

    @CommandHandler
    void handle(AnswerFindingCommand command) {
        FindingState finding = requireFinding(command.findingId());
        if (finding.closed()) {
            throw DomainException.conflict("finding-closed", "finding " + command.findingId() + " is closed");
        }
        apply(new FindingAnsweredEvent(reportId, projectId, command.findingId(), command.text()));
    }

    @CommandHandler
    void handle(CloseFindingCommand command) {
        requireAssignedVerifier(command.actingOrganisation(), command.assignedVerifierOrganisation());
        if (requireFinding(command.findingId()).closed()) {
            throw DomainException.conflict("finding-closed", "finding " + command.findingId() + " is already closed");
        }
        apply(new FindingClosedEvent(reportId, projectId, command.findingId(), command.text()));
    }

    @CommandHandler
    void handle(MarkReportStaleCommand command) {
        if (status == ReportStatus.APPROVED || stale) {
            return; // an approved report is pinned to its data; a stale one is already marked
        }
        apply(new ReductionReportMarkedStaleEvent(reportId, projectId, latestVersion, command.cause()));
    }

    private boolean hasOpenFindings() {
        return findings.values().stream().anyMatch(f -> !f.closed());
    }

    private FindingState requireFinding(String findingId) {
        FindingState finding = findings.get(findingId);
        if (finding == null) {
            throw DomainException.notFound("finding-not-found", "report " + reportId + " has no finding " + findingId);
        }
        return finding;
    }

    private void requireFresh() {
        if (stale) {
            throw DomainException.conflict(
                    "report-stale",
                    "the monitored data changed after version " + latestVersion + " was calculated; recalculate first");
        }
    }

    static Map<String, ReductionsCalculatedEvent.FigureChange> changes(
            Map<String, String> previous, Map<String, String> current) {
        Map<String, ReductionsCalculatedEvent.FigureChange> changes = new TreeMap<>();
        current.forEach((symbol, value) -> {
            String before = previous.get(symbol);
            if (before != null && !sameFigure(before, value)) {
                changes.put(symbol, new ReductionsCalculatedEvent.FigureChange(before, value));
            }
        });
        return changes;
    }

    /** Decimals compare by value (3999500 = 3999500.0); flags such as bypass_substitute_cap_exceeded by text. */
    private static boolean sameFigure(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException notANumber) {
            return a.equals(b);
        }
    }

    private Version requireVersion(int number) {
        Version version = versions.get(number);
        if (version == null) {
            throw DomainException.notFound("version-not-found", "report " + reportId + " has no version " + number);
        }
        return version;
    }

    private static void requireAssignedVerifier(String acting, String assigned) {
        if (assigned == null || !assigned.equals(acting)) {
            throw DomainException.forbidden(
                    "not-assigned-verifier",
                    "only the verifier organisation assigned to this reporting period may decide on its report");
        }
    }

    @EventSourcingHandler
    void on(ReductionsCalculatedEvent event) {
        reportId = event.reportId();
        projectId = event.projectId();
        reportingPeriodId = event.reportingPeriodId();
        ownerOrganisation = event.ownerOrganisation();
        vintage = event.vintage();
        latestVersion = event.version();
        latestResults = event.results();
        status = ReportStatus.CALCULATED;
        submittedVersion = null;
        stale = false;
        versions.put(
                event.version(),
                new Version(
                        event.datasetDigest(),
                        event.methodologyId(),
                        event.methodologyVersion(),
                        new BigDecimal(event.results().get("ER_y"))));
    }

    @EventSourcingHandler
    void on(ReportSubmittedForVerificationEvent event) {
        status = ReportStatus.SUBMITTED;
        submittedVersion = event.version();
    }

    @EventSourcingHandler
    void on(ReductionReportApprovedEvent event) {
        status = ReportStatus.APPROVED;
        approvedVersion = event.version();
    }

    @EventSourcingHandler
    void on(FindingRaisedEvent event) {
        findings.put(event.findingId(), new FindingState(event.kind(), false));
    }

    @EventSourcingHandler
    void on(FindingClosedEvent event) {
        findings.computeIfPresent(event.findingId(), (id, f) -> new FindingState(f.kind(), true));
    }

    @EventSourcingHandler
    void on(ReductionReportMarkedStaleEvent event) {
        stale = true;
    }

    @EventSourcingHandler
    void on(ReductionReportRejectedEvent event) {
        status = ReportStatus.REJECTED;
        submittedVersion = null;
    }
}
