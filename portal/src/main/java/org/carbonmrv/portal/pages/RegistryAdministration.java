package org.carbonmrv.portal.pages;

import org.carbonmrv.portal.api.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * The registry administrator lists or rejects a submitted project and assigns a verifier to a
 * reporting period. The project-service decides (a verifier of the owner's own organisation is a
 * conflict of interest); its refusal is shown in the user's language where its code is known.
 */
@Controller
class RegistryAdministration {

    private final PlatformApi api;

    RegistryAdministration(PlatformApi api) {
        this.api = api;
    }

    @PostMapping("/projects/{projectId}/listing")
    String list(@PathVariable String projectId, RedirectAttributes flash) {
        return Outcomes.post(api, flash, "/", "portal.admin.listed", "/api/projects/{id}/listing", Map.of(), projectId);
    }

    @PostMapping("/projects/{projectId}/rejection")
    String reject(@PathVariable String projectId, @RequestParam String reason, RedirectAttributes flash) {
        return Outcomes.post(
                api,
                flash,
                "/",
                "portal.admin.rejected",
                "/api/projects/{id}/rejection",
                Map.of("reason", reason),
                projectId);
    }

    @PostMapping("/projects/{projectId}/periods/{periodId}/verifier")
    String assignVerifier(
            @PathVariable String projectId,
            @PathVariable String periodId,
            @RequestParam String verifierOrganisation,
            RedirectAttributes flash) {
        return Outcomes.post(
                api,
                flash,
                "/projects/" + projectId,
                "portal.admin.verifierAssigned",
                "/api/projects/{id}/reporting-periods/{p}/verifier",
                Map.of("verifierOrganisation", verifierOrganisation),
                projectId,
                periodId);
    }
}
