package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.portal.api.ApiPage;
import org.carbonmrv.portal.api.PlatformApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public registry, for anyone signed in or not: projects, issuances and retirements. Three calls to the API. */
@Controller
class RegistryPage {

    private static final ParameterizedTypeReference<ApiPage<JsonNode>> ITEMS = new ParameterizedTypeReference<>() {};

    private final PlatformApi api;

    RegistryPage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/registry")
    String registry(Model model) {
        model.addAttribute("projects", api.get(ITEMS, "/api/projects/public?size=100"));
        model.addAttribute("issuances", api.get(ITEMS, "/api/registry/public/issuances?size=100"));
        model.addAttribute("retirements", api.get(ITEMS, "/api/registry/public/retirements?size=100"));
        return "registry";
    }
}
