package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.portal.api.ApiPage;
import org.carbonmrv.portal.api.NotVisible;
import org.carbonmrv.portal.api.PlatformApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registry administrator suspends and reinstates an account and cancels credits from it
 * (administrative, compliance or conversion), each with a reason. The registry decides and keeps
 * each as an event; one call to show the page, one per action.
 */
@Controller
class AccountAdministration {

    private static final ParameterizedTypeReference<ApiPage<JsonNode>> ITEMS = new ParameterizedTypeReference<>() {};

    private final PlatformApi api;

    AccountAdministration(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/accounts/{accountId}/administration")
    String account(@PathVariable String accountId, Model model) {
        // an account is named kind:organisation[:more]; the registry reads any organisation's accounts
        String[] name = accountId.split(":");
        String organisation = name.length > 1 ? name[1] : "";
        JsonNode account =
                api.get(ITEMS, "/api/registry/accounts?organisation={o}&size=1000", organisation).items().stream()
                        .filter(a -> a.path("id").asText().equals(accountId))
                        .findFirst()
                        .orElseThrow(() -> new NotVisible("/accounts/" + accountId));
        model.addAttribute("account", account);
        return "account-administration";
    }

    @PostMapping("/accounts/{accountId}/{change:suspension|reinstatement}")
    String changeStatus(
            @PathVariable String accountId,
            @PathVariable String change,
            @RequestParam String reason,
            RedirectAttributes flash) {
        return Outcomes.post(
                api,
                flash,
                "/accounts/" + accountId + "/administration",
                change.equals("suspension") ? "portal.admin.suspended" : "portal.admin.reinstated",
                "/api/registry/accounts/{id}/" + change,
                Map.of("reason", reason),
                accountId);
    }

    @PostMapping("/accounts/{accountId}/cancellation")
    String cancel(
            @PathVariable String accountId,
            @RequestParam String quantity,
            @RequestParam String kind,
            @RequestParam String reason,
            RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", accountId);
        body.put("quantity", Outcomes.wholeNumberOrText(quantity));
        body.put("kind", kind);
        body.put("reason", reason);
        return Outcomes.post(
                api,
                flash,
                "/accounts/" + accountId + "/administration",
                "portal.admin.cancelled",
                "/api/registry/cancellations",
                body);
    }
}
