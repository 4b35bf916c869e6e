package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.portal.security.Roles;
import org.carbonmrv.portal.security.SignedIn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What needs the signed-in user now, derived from where their projects and reports stand: for
 * the owner, periods without a report, critical QA findings in a period's data, reports to recalculate (their data changed), to resubmit
 * (rejected) or to submit, findings to answer; for the verifier, answered findings to close; for
 * the registry, periods waiting for a verifier. The reports to review and the projects to list have
 * sections of their own on the home page.
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

    /** One thing to do: what, on which project and period, and where to do it. */
    record Item(Kind kind, String projectName, String period, String link, int count) {}

    private WorkList() {}

    /**
     * @param reports  each project's reports as the API lists them, for the projects whose reports
     *                 were read (the owner's and the verifier's)
     * @param critical the number of critical QA findings of each period whose checks were read (the
     *                 owner's periods not approved yet)
     */
    static List<Item> of(
            SignedIn me, List<ProjectView> projects, Map<String, List<JsonNode>> reports, Map<String, Long> critical) {
        List<Item> items = new ArrayList<>();
        for (ProjectView project : projects) {
            boolean owns = me.has(Roles.PROJECT_OWNER) && me.organisation().equals(project.ownerOrganisation());
            List<JsonNode> ofProject = reports.getOrDefault(project.id(), List.of());
            for (ReportingPeriodView period : project.reportingPeriods()) {
                String label = period.start() + " – " + period.end();
                JsonNode report = ofProject.stream()
                        .filter(r -> r.path("reportingPeriodId").asText().equals(period.id()))
                        .findFirst()
                        .orElse(null);
                if (owns) {
                    long criticalFindings = critical.getOrDefault(period.id(), 0L);
                    if (criticalFindings > 0) {
                        String link = report == null
                                ? "/projects/" + project.id()
                                : "/reports/" + report.path("id").asText();
                        items.add(new Item(Kind.CRITICAL_QA, project.name(), label, link, (int) criticalFindings));
                    }
                    ownersItems(items, project, period, label, report);
                }
                if (me.has(Roles.VERIFIER)
                        && report != null
                        && report.path("findingsToClose").asInt() > 0) {
                    items.add(item(
                            Kind.FINDINGS_TO_CLOSE,
                            project,
                            label,
                            report,
                            report.path("findingsToClose").asInt()));
                }
                if (me.has(Roles.REGISTRY_ADMIN)
                        && project.status().active()
                        && period.verifierOrganisation() == null) {
                    items.add(new Item(Kind.NO_VERIFIER, project.name(), label, "/projects/" + project.id(), 0));
                }
            }
        }
        return items;
    }

    private static void ownersItems(
            List<Item> items, ProjectView project, ReportingPeriodView period, String label, JsonNode report) {
        if (report == null) {
            items.add(new Item(Kind.NO_REPORT, project.name(), label, "/projects/" + project.id(), 0));
            return;
        }
        String status = report.path("status").asText();
        if (report.path("stale").asBoolean() && !status.equals("APPROVED")) {
            items.add(item(Kind.STALE, project, label, report, 0));
        } else if (status.equals("REJECTED")) {
            items.add(item(Kind.REJECTED, project, label, report, 0));
        } else if (status.equals("CALCULATED")) {
            items.add(item(Kind.TO_SUBMIT, project, label, report, 0));
        }
        int toAnswer = report.path("findingsToAnswer").asInt();
        if (toAnswer > 0) {
            items.add(item(Kind.FINDINGS_TO_ANSWER, project, label, report, toAnswer));
        }
    }

    private static Item item(Kind kind, ProjectView project, String label, JsonNode report, int count) {
        return new Item(
                kind, project.name(), label, "/reports/" + report.path("id").asText(), count);
    }
}
