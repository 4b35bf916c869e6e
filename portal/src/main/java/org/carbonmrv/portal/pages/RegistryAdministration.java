package org.carbonmrv.portal.pages;

import org.carbonmrv.portal.api.ApiProblem;
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
        return act("/api/projects/{id}/listing", Map.of(), "portal.admin.listed", "/", flash, projectId);
    }

    @PostMapping("/projects/{projectId}/rejection")
    String reject(@PathVariable String projectId, @RequestParam String reason, RedirectAttributes flash) {
        return act(
                "/api/projects/{id}/rejection",
                Map.of("reason", reason),
                "portal.admin.rejected",
                "/",
                flash,
                projectId);
    }

    @PostMapping("/projects/{projectId}/periods/{periodId}/verifier")
    String assignVerifier(
            @PathVariable String projectId,
            @PathVariable String periodId,
            @RequestParam String verifierOrganisation,
            RedirectAttributes flash) {
        return act(
                "/api/projects/{id}/reporting-periods/{p}/verifier",
                Map.of("verifierOrganisation", verifierOrganisation),
                "portal.admin.verifierAssigned",
                "/projects/" + projectId,
                flash,
                projectId,
                periodId);
    }

    private String act(
            String path, Object body, String done, String back, RedirectAttributes flash, Object... variables) {
        try {
            api.post(path, body, variables);
            flash.addFlashAttribute("done", done);
        } catch (ApiProblem refused) {
            Outcomes.refused(flash, refused);
        }
        return "redirect:" + back;
    }
}
