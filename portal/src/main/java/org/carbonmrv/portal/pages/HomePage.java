package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.portal.api.ApiPage;
import org.carbonmrv.portal.api.PlatformApi;
import org.carbonmrv.portal.security.Roles;
import org.carbonmrv.portal.security.SignedIn;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.ArrayList;
import java.util.List;

/**
 * What needs the signed-in user now, derived from the platform's state: their projects and where
 * each stands, the reports waiting for a verifier, issuance requests, their accounts and balances.
 * Three calls to the API, and for a verifier one more per assigned project (its reports).
 */
@Controller
class HomePage {

    private static final ParameterizedTypeReference<ApiPage<ProjectView>> PROJECTS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ApiPage<JsonNode>> ITEMS = new ParameterizedTypeReference<>() {};

    private static final ParameterizedTypeReference<List<JsonNode>> REPORTS = new ParameterizedTypeReference<>() {};

    private final PlatformApi api;

    HomePage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/")
    String home(@ModelAttribute("me") SignedIn me, Model model) {
        if (me == null) {
            return "welcome";
        }
        ApiPage<ProjectView> projects = api.get(PROJECTS, "/api/projects?size=50");
        model.addAttribute("projects", projects);
        model.addAttribute("toReview", me.has(Roles.VERIFIER) ? submittedReports(projects) : List.of());
        model.addAttribute("issuanceRequests", api.get(ITEMS, "/api/registry/issuance-requests?size=20"));
        model.addAttribute("accounts", api.get(ITEMS, "/api/registry/accounts?size=50"));
        return "home";
    }

    /** A report waiting for the verifier, with the project it belongs to. */
    record ToReview(String reportId, String projectName, JsonNode report) {}

    private List<ToReview> submittedReports(ApiPage<ProjectView> projects) {
        List<ToReview> waiting = new ArrayList<>();
        for (ProjectView project : projects.items()) {
            for (JsonNode report : api.get(REPORTS, "/api/calculations/projects/{id}/reports", project.id())) {
                if (report.path("status").asText().equals("SUBMITTED")) {
                    waiting.add(new ToReview(report.path("id").asText(), project.name(), report));
                }
            }
        }
        return waiting;
    }
}
