package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.project.ProjectHistoryEntry;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.portal.api.ApiPage;
import org.carbonmrv.portal.api.ApiProblem;
import org.carbonmrv.portal.api.PlatformApi;
import org.carbonmrv.portal.api.Reads;
import org.carbonmrv.portal.security.Roles;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project as its reader may see it: status, facility, reporting periods with their reports, and
 * its history; the owner calculates a period from here. Three calls to the API, side by side.
 */
@Controller
class ProjectPage {

    private static final ParameterizedTypeReference<ProjectView> PROJECT = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ApiPage<ProjectHistoryEntry>> HISTORY =
            new ParameterizedTypeReference<>() {};

    private static final ParameterizedTypeReference<List<JsonNode>> REPORTS = new ParameterizedTypeReference<>() {};

    private final PlatformApi api;

    ProjectPage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/projects/{projectId}")
    String project(@PathVariable String projectId, Model model) {
        Reads reads = api.together();
        var project = reads.get(PROJECT, "/api/projects/{id}", projectId);
        var history = reads.get(HISTORY, "/api/projects/{id}/history?size=200", projectId);
        var reports = reads.get(REPORTS, "/api/calculations/projects/{id}/reports", projectId);
        model.addAttribute("project", project.value());
        Map<String, String> periods = new HashMap<>();
        project.value().reportingPeriods().forEach(p -> periods.put(p.id(), p.start() + " – " + p.end()));
        model.addAttribute(
                "history",
                history.value().items().stream()
                        .map(e -> new HistoryRow(e, HistorySummary.of(e, periods), Roles.platformRolesIn(e.roles())))
                        .toList());
        Map<String, JsonNode> reportOfPeriod = new HashMap<>();
        reports.value()
                .forEach(r -> reportOfPeriod.put(r.path("reportingPeriodId").asText(), r));
        model.addAttribute("reportOfPeriod", reportOfPeriod);
        return "project";
    }

    /** An event of the project's history, worded in the reader's language, with the platform roles its actor acted in. */
    record HistoryRow(ProjectHistoryEntry entry, HistorySummary summary, List<String> roles) {}

    /** The owner calculates a period from its monitored data: the report's next version. */
    @PostMapping("/projects/{projectId}/periods/{periodId}/calculation")
    String calculate(@PathVariable String projectId, @PathVariable String periodId, RedirectAttributes flash) {
        try {
            JsonNode calculated = api.post(
                    "/api/calculations/reports", Map.of("projectId", projectId, "reportingPeriodId", periodId));
            flash.addFlashAttribute("done", "portal.report.calculated");
            return "redirect:/reports/" + calculated.path("reportId").asText();
        } catch (ApiProblem refused) {
            Outcomes.refused(flash, refused);
            return "redirect:/projects/" + projectId;
        }
    }
}
