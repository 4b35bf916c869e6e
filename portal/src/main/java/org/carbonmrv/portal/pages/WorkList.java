package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What needs the signed-in user now: the work the notifications API keeps from the history for
 * their roles (for the owner, critical QA findings in a period's data, periods without a report,
 * reports to recalculate, to resubmit or to submit, findings to answer; for the verifier, answered
 * findings to close; for the registry, periods waiting for a verifier), the critical QA findings
 * first. The reports to review, the projects to list and the issuance requests have sections of
 * their own on the home page.
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
            "NO_REPORT",
            "CRITICAL_QA",
            "STALE",
            "REJECTED",
            "TO_SUBMIT",
            "FINDINGS_TO_ANSWER",
            "FINDINGS_TO_CLOSE",
            "NO_VERIFIER");
    private static final Set<String> COUNTED = Set.of("CRITICAL_QA", "FINDINGS_TO_ANSWER", "FINDINGS_TO_CLOSE");

    /** One thing to do: what, on which project and period, and where to do it. */
    record Item(Kind kind, String projectName, String period, String link, int count) {}

    private WorkList() {}

    /** @param pending the items of {@code GET /api/notifications}, oldest first */
    static List<Item> of(List<JsonNode> pending) {
        List<Item> items = new ArrayList<>();
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
        // a critical problem in the data blocks everything after it: first, the rest oldest first
        items.sort(Comparator.comparing(item -> item.kind() != Kind.CRITICAL_QA));
        return items;
    }
}
