package org.carbonmrv.portal.pages;

import org.carbonmrv.api.project.ProjectHistoryEntry;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project history entry worded in the reader's language: the message
 * {@code portal.history.summary.<event>} with the entry's particulars as its arguments, in the
 * order named here. An event the portal does not know shows the service's English summary.
 */
record HistorySummary(String messageKey, Object[] arguments, String fallback) {

    private static final Map<String, List<String>> PARTICULARS = Map.of(
            "ProjectSubmitted", List.of("name", "methodology", "creditingPeriodStart", "creditingPeriodEnd"),
            "ProjectListed", List.of(),
            "ProjectRejected", List.of("reason"),
            "ReportingPeriodOpened", List.of("reportingPeriodId", "start", "end"),
            "VerifierAssigned", List.of("verifierOrganisation", "reportingPeriodId"),
            "ProjectRegistered", List.of("reportId", "reportVersion"),
            "ProjectAmended", List.of("version", "name", "reason"),
            "ProjectCompleted", List.of("reportingPeriodId", "creditingPeriodEnd"),
            "ProjectTerminated", List.of("reason"));

    /** The project events the portal words itself. */
    static Set<String> events() {
        return PARTICULARS.keySet();
    }

    /**
     * @param periods the project's reporting periods as the reader knows them (first day – last
     *     day), shown instead of their ids
     */
    static HistorySummary of(ProjectHistoryEntry entry, Map<String, String> periods) {
        List<String> names = PARTICULARS.get(entry.event());
        if (names == null || entry.details() == null) {
            return new HistorySummary(null, new Object[0], entry.summary());
        }
        Object[] arguments = names.stream()
                .map(name -> {
                    String value = entry.details().getOrDefault(name, "–");
                    return name.equals("reportingPeriodId") ? periods.getOrDefault(value, value) : value;
                })
                .toArray();
        return new HistorySummary("portal.history.summary." + entry.event(), arguments, entry.summary());
    }
}
