package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.monitoring.view.QaSummary;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.portal.api.ApiPage;
import org.carbonmrv.portal.api.NotVisible;
import org.carbonmrv.portal.api.PlatformApi;
import org.carbonmrv.portal.api.Reads;
import org.carbonmrv.portal.security.Roles;
import org.carbonmrv.portal.security.SignedIn;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What needs the signed-in user now: the work the notifications API keeps for their roles, their
 * projects and where each stands, the reports waiting for the verifier, issuance requests, their
 * accounts and balances. Four calls to the API side by side; for the owner then one per own project
 * for its reports and one per own period not approved yet for its QA checks (live checks of the
 * readings, not events), each round side by side.
 */
@Controller
class HomePage {

    private static final ParameterizedTypeReference<ApiPage<ProjectView>> PROJECTS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ApiPage<JsonNode>> ITEMS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<JsonNode> NOTIFICATIONS = new ParameterizedTypeReference<>() {};

    private static final ParameterizedTypeReference<List<JsonNode>> REPORTS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<QaSummary> CHECKS = new ParameterizedTypeReference<>() {};

    private final PlatformApi api;

    HomePage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/")
    String home(@ModelAttribute("me") SignedIn me, Model model) {
        if (me == null) {
            return "welcome";
        }
        Reads reads = api.together();
        var projectsRead = reads.get(PROJECTS, "/api/projects?size=50");
        var issuanceRequests = reads.get(ITEMS, "/api/registry/issuance-requests?size=20");
        var accounts = reads.get(ITEMS, "/api/registry/accounts?size=50");
        var notifications = me.has(Roles.PROJECT_OWNER) || me.has(Roles.VERIFIER) || me.has(Roles.REGISTRY_ADMIN)
                ? reads.get(NOTIFICATIONS, "/api/notifications")
                : null;
        ApiPage<ProjectView> projects = projectsRead.value();
        Map<String, List<JsonNode>> reports = reportsOf(reads, me, projects.items());
        Map<String, Long> critical = criticalFindingsOf(reads, me, projects.items(), reports);
        model.addAttribute("projects", projects);
        List<JsonNode> pending = notifications == null ? List.of() : items(notifications.value());
        model.addAttribute("toReview", toReview(pending));
        model.addAttribute(
                "workList", WorkList.of(pending, WorkList.criticalQa(me, projects.items(), reports, critical)));
        model.addAttribute("issuanceRequests", issuanceRequests.value());
        model.addAttribute("accounts", accounts.value());
        return "home";
    }

    /** A report version waiting for the verifier, with the project it belongs to. */
    record ToReview(String reportId, String projectName, int version) {}

    /** The owner's own projects' reports, for the QA checks of the periods not approved yet. */
    private static Map<String, List<JsonNode>> reportsOf(Reads reads, SignedIn me, List<ProjectView> projects) {
        Map<String, Reads.Read<List<JsonNode>>> reading = new LinkedHashMap<>();
        for (ProjectView project : projects) {
            if (me.has(Roles.PROJECT_OWNER) && me.organisation().equals(project.ownerOrganisation())) {
                reading.put(project.id(), reads.get(REPORTS, "/api/calculations/projects/{id}/reports", project.id()));
            }
        }
        Map<String, List<JsonNode>> reports = new LinkedHashMap<>();
        reading.forEach((projectId, read) -> reports.put(projectId, read.value()));
        return reports;
    }

    /** The critical QA findings of the owner's periods not approved yet (an approved period's data is done). */
    private static Map<String, Long> criticalFindingsOf(
            Reads reads, SignedIn me, List<ProjectView> projects, Map<String, List<JsonNode>> reports) {
        Map<String, Reads.Read<QaSummary>> reading = new LinkedHashMap<>();
        for (ProjectView project : projects) {
            if (!me.has(Roles.PROJECT_OWNER) || !me.organisation().equals(project.ownerOrganisation())) {
                continue;
            }
            for (ReportingPeriodView period : project.reportingPeriods()) {
                boolean approved = reports.getOrDefault(project.id(), List.of()).stream()
                        .anyMatch(r -> r.path("reportingPeriodId").asText().equals(period.id())
                                && r.path("status").asText().equals("APPROVED"));
                if (!approved) {
                    reading.put(
                            period.id(),
                            reads.get(
                                    CHECKS,
                                    "/api/monitoring/projects/{p}/reporting-periods/{r}/checks",
                                    project.id(),
                                    period.id()));
                }
            }
        }
        Map<String, Long> critical = new LinkedHashMap<>();
        reading.forEach((periodId, read) -> {
            try {
                critical.put(periodId, read.value().critical());
            } catch (NotVisible noChecksThere) {
                // a period the checks have nothing on says nothing here
            }
        });
        return critical;
    }

    private static List<JsonNode> items(JsonNode notifications) {
        List<JsonNode> items = new ArrayList<>();
        notifications.path("items").forEach(items::add);
        return items;
    }

    private static List<ToReview> toReview(List<JsonNode> pending) {
        List<ToReview> waiting = new ArrayList<>();
        for (JsonNode work : pending) {
            if (work.path("kind").asText().equals("TO_REVIEW")) {
                waiting.add(new ToReview(
                        work.path("reportId").asText(),
                        work.path("projectName").asText(),
                        work.path("reportVersion").asInt()));
            }
        }
        return waiting;
    }
}
