package org.carbonmrv.auditservice.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Folds a project's events, in chain order, into what the project was: pure, one event at a time. */
final class ProjectStateFold {

    private final String projectId;
    private String name;
    private String status;
    private String owner;
    private String methodology;
    private final Map<String, String> verifiers = new TreeMap<>();
    private final Map<String, ReportFold> reports = new LinkedHashMap<>();
    private final List<long[]> issuedRanges = new ArrayList<>();
    private long issued;
    private long retired;
    private long cancelled;
    private long reversed;
    private final Map<String, Long> live = new TreeMap<>();
    private Long globalIndex;
    private Long position;
    private Instant occurredAt;
    private int events;

    ProjectStateFold(String projectId) {
        this.projectId = projectId;
    }

    void apply(long globalIndex, long position, Instant occurredAt, String event, JsonNode p) {
        this.globalIndex = globalIndex;
        this.position = position;
        this.occurredAt = occurredAt;
        events++;
        switch (event) {
            case "ProjectSubmittedEvent" -> {
                name = p.path("name").asText();
                owner = p.path("ownerOrganisation").asText();
                methodology = p.path("methodologyId").asText() + " "
                        + p.path("methodologyVersion").asText();
                status = "SUBMITTED";
            }
            case "ProjectAmendedEvent" -> name = p.path("name").asText(name);
            case "ProjectListedEvent" -> status = "LISTED";
            case "ProjectRejectedEvent" -> status = "REJECTED";
            case "ProjectRegisteredEvent" -> status = "REGISTERED";
            case "ProjectCompletedEvent" -> status = "COMPLETED";
            case "ProjectTerminatedEvent" -> status = "TERMINATED";
            case "VerifierAssignedEvent" ->
                verifiers.put(
                        p.path("reportingPeriodId").asText(),
                        p.path("verifierOrganisation").asText());
            case "ReductionsCalculatedEvent" -> report(p).calculated(p);
            case "ReportSubmittedForVerificationEvent" -> report(p).version(p, "SUBMITTED");
            case "ReductionReportApprovedEvent" -> report(p).version(p, "APPROVED");
            case "ReductionReportRejectedEvent" -> report(p).version(p, "REJECTED");
            case "ReductionReportMarkedStaleEvent" -> report(p).stale = true;
            case "FindingRaisedEvent" -> report(p).openFindings++;
            case "FindingClosedEvent" -> report(p).openFindings--;
            case "CreditsIssuedEvent" -> {
                long start = p.path("serialStart").asLong();
                long end = p.path("serialEnd").asLong();
                issuedRanges.add(new long[] {start, end});
                issued += end - start + 1;
                live.merge(p.path("holdingAccountId").asText(), end - start + 1, Long::sum);
            }
            case "CreditsTransferredEvent" -> {
                long mine = ours(p);
                live.merge(p.path("fromAccount").asText(), -mine, Long::sum);
                live.merge(p.path("toAccount").asText(), mine, Long::sum);
            }
            case "CreditsRetiredEvent" -> {
                long mine = ours(p);
                live.merge(p.path("account").asText(), -mine, Long::sum);
                retired += mine;
            }
            case "CreditsCancelledEvent" -> {
                long mine = ours(p);
                live.merge(p.path("account").asText(), -mine, Long::sum);
                cancelled += mine;
            }
            case "CreditsReversedEvent" -> {
                long mine = ours(p);
                live.merge(p.path("account").asText(), -mine, Long::sum);
                reversed += mine;
            }
            default -> {
                // readings, plans, checks and the rest change none of what this state shows
            }
        }
    }

    /** How many of a movement's serials are this project's. */
    private long ours(JsonNode movement) {
        long count = 0;
        for (JsonNode range : movement.path("serials")) {
            long start = range.path("start").asLong();
            long end = range.path("end").asLong();
            for (long[] issuedRange : issuedRanges) {
                long from = Math.max(start, issuedRange[0]);
                long to = Math.min(end, issuedRange[1]);
                if (from <= to) {
                    count += to - from + 1;
                }
            }
        }
        return count;
    }

    private ReportFold report(JsonNode p) {
        return reports.computeIfAbsent(p.path("reportId").asText(), id -> new ReportFold(id));
    }

    ProjectState state() {
        Map<String, Long> liveNow = new TreeMap<>();
        live.forEach((account, quantity) -> {
            if (quantity != 0) {
                liveNow.put(account, quantity);
            }
        });
        return new ProjectState(
                projectId,
                new ProjectState.AsOf(globalIndex, position, occurredAt, events),
                name,
                status,
                owner,
                methodology,
                verifiers,
                reports.values().stream().map(ReportFold::report).toList(),
                new ProjectState.Credits(issued, retired, cancelled, reversed, liveNow));
    }

    private static final class ReportFold {
        private final String reportId;
        private String periodId;
        private boolean stale;
        private int openFindings;
        private final Map<Integer, ProjectState.Version> versions = new TreeMap<>();

        ReportFold(String reportId) {
            this.reportId = reportId;
        }

        void calculated(JsonNode p) {
            periodId = p.path("reportingPeriodId").asText();
            stale = false;
            Map<String, String> results = new TreeMap<>();
            p.path("results")
                    .fields()
                    .forEachRemaining(f -> results.put(f.getKey(), f.getValue().asText()));
            versions.put(
                    p.path("version").asInt(),
                    new ProjectState.Version(
                            p.path("version").asInt(),
                            "CALCULATED",
                            p.path("datasetDigest").asText(),
                            results));
        }

        void version(JsonNode p, String status) {
            ProjectState.Version before = versions.get(p.path("version").asInt());
            if (before != null) {
                versions.put(
                        before.version(),
                        new ProjectState.Version(before.version(), status, before.datasetDigest(), before.results()));
            }
        }

        ProjectState.Report report() {
            String status = versions.isEmpty()
                    ? "NONE"
                    : versions.values().stream()
                            .reduce((a, b) -> b)
                            .map(ProjectState.Version::status)
                            .orElse("NONE");
            return new ProjectState.Report(
                    reportId, periodId, status, stale, openFindings, List.copyOf(versions.values()));
        }
    }
}
