package org.carbonmrv.auditservice.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which event opens which work and which closes it: the platform's workflow read from its history.
 * Each event is applied once, in chain order, so the work open after an event is the work the
 * portal's home page would derive from the state at that point.
 */
@Component
class WorkRules {

    private final PendingWorkStore store;

    WorkRules(PendingWorkStore store) {
        this.store = store;
    }

    void apply(String type, JsonNode event, long position, Instant at) {
        String project = text(event, "projectId");
        switch (type) {
            case "ProjectSubmittedEvent" -> {
                store.project(project, text(event, "name"), text(event, "ownerOrganisation"));
                store.open(new Work(WorkKind.PROJECT_TO_LIST, project, null, project, null, null, null), position, at);
            }
            case "ProjectAmendedEvent" ->
                store.ownerOf(project).ifPresent(owner -> store.project(project, text(event, "name"), owner));
            case "ProjectListedEvent", "ProjectRejectedEvent" ->
                store.close(WorkKind.PROJECT_TO_LIST, project, position, at);
            case "ReportingPeriodOpenedEvent" -> periodOpened(event, project, position, at);
            case "VerifierAssignedEvent" -> {
                String period = text(event, "reportingPeriodId");
                store.verifierOf(period, text(event, "verifierOrganisation"));
                store.close(WorkKind.NO_VERIFIER, period, position, at);
            }
            case "ReductionsCalculatedEvent" -> calculated(event, project, position, at);
            case "ReportSubmittedForVerificationEvent" -> submitted(event, project, position, at);
            case "ReductionReportApprovedEvent" -> {
                String report = text(event, "reportId");
                store.approved(report);
                store.close(WorkKind.TO_REVIEW, report, position, at);
            }
            case "ReductionReportRejectedEvent" -> {
                String report = text(event, "reportId");
                store.close(WorkKind.TO_REVIEW, report, position, at);
                store.reportOf(report)
                        .ifPresent(
                                r -> ownersWork(WorkKind.REJECTED, report, project, r.periodId(), event, position, at));
            }
            case "ReductionReportMarkedStaleEvent" -> stale(event, project, position, at);
            case "FindingRaisedEvent" -> {
                String report = text(event, "reportId");
                String period = store.reportOf(report)
                        .map(PendingWorkStore.Report::periodId)
                        .orElse(null);
                ownersWork(WorkKind.FINDINGS_TO_ANSWER, text(event, "findingId"), project, period, event, position, at);
            }
            case "FindingAnsweredEvent" -> answered(event, project, position, at);
            case "CriticalQaFindingRaisedEvent" -> {
                String period = text(event, "reportingPeriodId");
                store.ownerOf(project)
                        .ifPresent(owner -> store.open(
                                new Work(
                                        WorkKind.CRITICAL_QA,
                                        period + "/" + text(event, "findingId"),
                                        owner,
                                        project,
                                        period,
                                        store.reportOfPeriod(period).orElse(null),
                                        null),
                                position,
                                at));
            }
            case "CriticalQaFindingClearedEvent" ->
                store.close(
                        WorkKind.CRITICAL_QA,
                        text(event, "reportingPeriodId") + "/" + text(event, "findingId"),
                        position,
                        at);
            case "FindingClosedEvent" -> {
                String finding = text(event, "findingId");
                store.close(WorkKind.FINDINGS_TO_ANSWER, finding, position, at);
                store.close(WorkKind.FINDINGS_TO_CLOSE, finding, position, at);
            }
            case "IssuanceRequestedEvent" -> {
                String report = text(event, "reportId");
                String period = store.reportOf(report)
                        .map(PendingWorkStore.Report::periodId)
                        .orElse(null);
                store.open(
                        new Work(
                                WorkKind.ISSUANCE_TO_APPROVE,
                                text(event, "requestId"),
                                null,
                                project,
                                period,
                                report,
                                event.path("reportVersion").asInt()),
                        position,
                        at);
            }
            case "IssuanceRequestWithdrawnEvent" ->
                store.close(WorkKind.ISSUANCE_TO_APPROVE, text(event, "requestId"), position, at);
            case "CreditsIssuedEvent" ->
                store.requestOf(
                                text(event, "reportId"),
                                event.path("reportVersion").asInt())
                        .ifPresent(request -> store.close(WorkKind.ISSUANCE_TO_APPROVE, request, position, at));
            case "ProjectCompletedEvent" ->
                store.closeOfProject(project, position, at, WorkKind.NO_REPORT, WorkKind.NO_VERIFIER);
            case "ProjectTerminatedEvent" -> store.closeOfProject(project, position, at);
            default -> {
                // the other events make or finish no one's work
            }
        }
    }

    private void periodOpened(JsonNode event, String project, long position, Instant at) {
        String period = text(event, "reportingPeriodId");
        store.period(period, project, LocalDate.parse(text(event, "start")), LocalDate.parse(text(event, "end")));
        store.open(new Work(WorkKind.NO_VERIFIER, period, null, project, period, null, null), position, at);
        store.ownerOf(project)
                .ifPresent(owner -> store.open(
                        new Work(WorkKind.NO_REPORT, period, owner, project, period, null, null), position, at));
    }

    private void calculated(JsonNode event, String project, long position, Instant at) {
        String report = text(event, "reportId");
        String period = text(event, "reportingPeriodId");
        store.report(report, project, period);
        store.close(WorkKind.NO_REPORT, period, position, at);
        store.close(WorkKind.STALE, report, position, at);
        store.close(WorkKind.REJECTED, report, position, at);
        store.close(WorkKind.TO_SUBMIT, report, position, at);
        ownersWork(WorkKind.TO_SUBMIT, report, project, period, event, position, at);
    }

    private void submitted(JsonNode event, String project, long position, Instant at) {
        String report = text(event, "reportId");
        store.close(WorkKind.TO_SUBMIT, report, position, at);
        store.close(WorkKind.REJECTED, report, position, at);
        store.reportOf(report)
                .filter(r -> r.verifierOrganisation() != null)
                .ifPresent(r -> store.open(
                        new Work(
                                WorkKind.TO_REVIEW,
                                report,
                                r.verifierOrganisation(),
                                project,
                                r.periodId(),
                                report,
                                event.path("version").asInt()),
                        position,
                        at));
    }

    /** A changed data set: a report not approved yet is calculated again (and is not reviewed meanwhile). */
    private void stale(JsonNode event, String project, long position, Instant at) {
        String report = text(event, "reportId");
        store.reportOf(report).filter(r -> !r.approved()).ifPresent(r -> {
            store.close(WorkKind.TO_SUBMIT, report, position, at);
            store.close(WorkKind.TO_REVIEW, report, position, at);
            ownersWork(WorkKind.STALE, report, project, r.periodId(), event, position, at);
        });
    }

    private void answered(JsonNode event, String project, long position, Instant at) {
        String finding = text(event, "findingId");
        String report = text(event, "reportId");
        store.close(WorkKind.FINDINGS_TO_ANSWER, finding, position, at);
        store.reportOf(report)
                .filter(r -> r.verifierOrganisation() != null)
                .ifPresent(r -> store.open(
                        new Work(
                                WorkKind.FINDINGS_TO_CLOSE,
                                finding,
                                r.verifierOrganisation(),
                                project,
                                r.periodId(),
                                report,
                                null),
                        position,
                        at));
    }

    private void ownersWork(
            WorkKind kind, String subject, String project, String period, JsonNode event, long position, Instant at) {
        store.ownerOf(project)
                .ifPresent(owner -> store.open(
                        new Work(
                                kind,
                                subject,
                                owner,
                                project,
                                period,
                                text(event, "reportId"),
                                event.has("version") ? event.get("version").asInt() : null),
                        position,
                        at));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
