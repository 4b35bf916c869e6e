package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.portal.api.ApiPage;
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
import java.util.List;

/**
 * What needs the signed-in user now: the work the notifications API keeps for their roles, their
 * projects and where each stands, the reports waiting for the verifier, issuance requests, their
 * accounts and balances: four calls to the API side by side, whatever the number of projects (the
 * critical QA findings are events, kept in the notifications like the rest of the work).
 */
@Controller
class HomePage {

    private static final ParameterizedTypeReference<ApiPage<ProjectView>> PROJECTS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ApiPage<JsonNode>> ITEMS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<JsonNode> NOTIFICATIONS = new ParameterizedTypeReference<>() {};

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
        model.addAttribute("projects", projects);
        List<JsonNode> pending = notifications == null ? List.of() : items(notifications.value());
        model.addAttribute("toReview", toReview(pending));
        model.addAttribute("workList", WorkList.of(pending));
        model.addAttribute("issuanceRequests", issuanceRequests.value());
        model.addAttribute("accounts", accounts.value());
        return "home";
    }

    /** A report version waiting for the verifier, with the project it belongs to. */
    record ToReview(String reportId, String projectName, int version) {}

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
