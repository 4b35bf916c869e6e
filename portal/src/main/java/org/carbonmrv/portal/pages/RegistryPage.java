package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.portal.api.ApiPage;
import org.carbonmrv.portal.api.NotVisible;
import org.carbonmrv.portal.api.PlatformApi;
import org.carbonmrv.portal.api.Reads;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public registry, for anyone signed in or not: projects, issuances and retirements, with
 * their CSV downloads, and a serial search (who holds serial X). Three calls to the API, four with a search.
 */
@Controller
class RegistryPage {

    private static final ParameterizedTypeReference<ApiPage<JsonNode>> ITEMS = new ParameterizedTypeReference<>() {};

    private static final ParameterizedTypeReference<JsonNode> JSON = new ParameterizedTypeReference<>() {};

    private final PlatformApi api;

    RegistryPage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/registry")
    String registry(@RequestParam(required = false) String serial, Model model) {
        if (serial != null && !serial.isBlank()) {
            model.addAttribute("serial", serial.strip());
            try {
                long number = Long.parseLong(serial.strip().replace(",", ""));
                model.addAttribute("holding", api.get(JSON, "/api/registry/public/serials/{serial}", number));
            } catch (NumberFormatException | NotVisible notIssued) {
                model.addAttribute("notIssued", true);
            }
        }
        Reads reads = api.together();
        var projects = reads.get(ITEMS, "/api/projects/public?size=100");
        var issuances = reads.get(ITEMS, "/api/registry/public/issuances?size=100");
        var retirements = reads.get(ITEMS, "/api/registry/public/retirements?size=100");
        model.addAttribute("projects", projects.value());
        model.addAttribute("issuances", issuances.value());
        model.addAttribute("retirements", retirements.value());
        return "registry";
    }
}
