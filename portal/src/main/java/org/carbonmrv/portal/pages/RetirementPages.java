package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.portal.api.ApiProblem;
import org.carbonmrv.portal.api.PlatformApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A holder retires credits of one of its accounts for a beneficiary, then sees the retirement's
 * public certificate. The registry decides (the holder's account, enough live credits); its
 * refusals are shown next to the fields they name.
 */
@Controller
class RetirementPages {

    private static final ParameterizedTypeReference<JsonNode> JSON = new ParameterizedTypeReference<>() {};

    private final PlatformApi api;

    RetirementPages(PlatformApi api) {
        this.api = api;
    }

    /** What the holder types into the form. */
    record RetirementForm(String quantity, String beneficiary, String purpose, String reason) {}

    @GetMapping("/accounts/{accountId}/retirement")
    String form(@PathVariable String accountId, Model model) {
        model.addAttribute("accountId", accountId);
        model.addAttribute("form", new RetirementForm("", "", "", ""));
        model.addAttribute("problem", null);
        return "retire";
    }

    @PostMapping("/accounts/{accountId}/retirement")
    String retire(@PathVariable String accountId, @ModelAttribute RetirementForm form, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", accountId);
        body.put("quantity", Outcomes.wholeNumberOrText(form.quantity()));
        body.put("beneficiary", form.beneficiary());
        body.put("purpose", form.purpose());
        body.put("reason", form.reason());
        try {
            JsonNode retired = api.post("/api/registry/retirements", body);
            return "redirect:/registry/retirements/" + retired.path("id").asText();
        } catch (ApiProblem refused) {
            model.addAttribute("accountId", accountId);
            model.addAttribute("form", form);
            model.addAttribute("problem", refused);
            return "retire";
        }
    }

    @GetMapping("/registry/retirements/{retirementId}")
    String certificate(@PathVariable String retirementId, Model model) {
        model.addAttribute("retirement", api.get(JSON, "/api/registry/public/retirements/{id}", retirementId));
        return "certificate";
    }
}
