package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.portal.api.ApiPage;
import org.carbonmrv.portal.api.PlatformApi;
import org.carbonmrv.portal.security.SignedIn;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What needs the signed-in user now, derived from the platform's state: their projects and where
 * each stands, issuance requests, their accounts and balances. Three calls to the API.
 */
@Controller
class HomePage {

    private static final ParameterizedTypeReference<ApiPage<ProjectView>> PROJECTS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ApiPage<JsonNode>> ITEMS = new ParameterizedTypeReference<>() {};

    private final PlatformApi api;

    HomePage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/")
    String home(@ModelAttribute("me") SignedIn me, Model model) {
        if (me == null) {
            return "welcome";
        }
        model.addAttribute("projects", api.get(PROJECTS, "/api/projects?size=50"));
        model.addAttribute("issuanceRequests", api.get(ITEMS, "/api/registry/issuance-requests?size=20"));
        model.addAttribute("accounts", api.get(ITEMS, "/api/registry/accounts?size=50"));
        return "home";
    }
}
