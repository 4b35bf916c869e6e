package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.portal.security.Roles;
import org.carbonmrv.portal.security.SignedIn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What needs the signed-in user now: the work the notifications API keeps from the history for
 * their roles (for the owner, periods without a report, reports to recalculate, to resubmit or to
 * submit, findings to answer; for the verifier, answered findings to close; for the registry,
 * periods waiting for a verifier), and first the critical QA findings in the owner's data, which
 * are checks of the readings as they stand, not events. The reports to review, the projects to
 * list and the issuance requests have sections of their own on the home page.
 */
final class WorkList {

    enum Kind {
        NO_REPORT,
        CRITICAL_QA,
        STALE,
        REJECTED,
        TO_SUBMIT,
        FINDINGS_TO_ANSWER,
        FINDINGS_TO_CLOSE,
        NO_VERIFIER
    }

    private static final Set<String> LISTED_HERE = Set.of(
            "NO_REPORT", "STALE", "REJECTED", "TO_SUBMIT", "FINDINGS_TO_ANSWER", "FINDINGS_TO_CLOSE", "NO_VERIFIER");
    private static final Set<String> COUNTED = Set.of("FINDINGS_TO_ANSWER", "FINDINGS_TO_CLOSE");

    /** One thing to do: what, on which project and period, and where to do it. */
    record Item(Kind kind, String projectName, String period, String link, int count) {}

    private WorkList() {}

    /**
     * @param pending     the items of {@code GET /api/notifications}, oldest first
     * @param criticalQa  the critical QA findings of the owner's periods, from {@link #criticalQa}
     */
    static List<Item> of(List<JsonNode> pending, List<Item> criticalQa) {
        List<Item> items = new ArrayList<>(criticalQa);
        for (JsonNode work : pending) {
            String kind = work.path("kind").asText();
            if (!LISTED_HERE.contains(kind)) {
                continue;
            }
            String period = work.hasNonNull("periodStart")
                    ? work.get("periodStart").asText() + " – "
                            + work.get("periodEnd").asText()
                    : work.path("reportingPeriodId").asText();
            String link = work.hasNonNull("reportId")
                    ? "/reports/" + work.get("reportId").asText()
                    : "/projects/" + work.path("projectId").asText();
            items.add(new Item(
                    Kind.valueOf(kind),
                    work.path("projectName").asText(),
                    period,
                    link,
                    COUNTED.contains(kind) ? work.path("count").asInt() : 0));
        }
        return items;
    }

    /**
     * The critical QA findings in the data of the owner's own periods not approved yet.
     *
     * @param reports  each owned project's reports as the API lists them
     * @param critical the number of critical QA findings of each period whose checks were read
     */
    static List<Item> criticalQa(
            SignedIn me, List<ProjectView> projects, Map<String, List<JsonNode>> reports, Map<String, Long> critical) {
        List<Item> items = new ArrayList<>();
        for (ProjectView project : projects) {
            if (!me.has(Roles.PROJECT_OWNER) || !me.organisation().equals(project.ownerOrganisation())) {
                continue;
            }
            for (ReportingPeriodView period : project.reportingPeriods()) {
                long findings = critical.getOrDefault(period.id(), 0L);
                if (findings == 0) {
                    continue;
                }
                JsonNode report = reports.getOrDefault(project.id(), List.of()).stream()
                        .filter(r -> r.path("reportingPeriodId").asText().equals(period.id()))
                        .findFirst()
                        .orElse(null);
                String link = report == null
                        ? "/projects/" + project.id()
                        : "/reports/" + report.path("id").asText();
                items.add(new Item(
                        Kind.CRITICAL_QA, project.name(), period.start() + " – " + period.end(), link, (int) findings));
            }
        }
        return items;
    }
}
