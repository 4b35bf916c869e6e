package org.carbonmrv.portal.pages;

import org.carbonmrv.portal.api.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/** A registry administrator approves an issuance request from the home page; the registry issues it. */
@Controller
class IssuanceApproval {

    private final PlatformApi api;

    IssuanceApproval(PlatformApi api) {
        this.api = api;
    }

    @PostMapping("/issuance-requests/{requestId}/approval")
    String approve(@PathVariable String requestId, RedirectAttributes flash) {
        return Outcomes.post(
                api,
                flash,
                "/",
                "portal.issuance.approved",
                "/api/registry/issuance-requests/{id}/approval",
                Map.of(),
                requestId);
    }
}
