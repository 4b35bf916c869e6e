package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.portal.api.ApiProblem;
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

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An organisation's webhook endpoints: registered with their kinds of event, the signing secret
 * shown once, each endpoint's status and delivery log, its secret rotated, everything delivered
 * again. One API call per page, one per action.
 */
@Controller
class WebhooksPage {

    private static final ParameterizedTypeReference<List<JsonNode>> LIST = new ParameterizedTypeReference<>() {};

    private final PlatformApi api;

    WebhooksPage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/webhooks")
    String endpoints(Model model) {
        model.addAttribute("endpoints", api.get(LIST, "/api/webhooks/endpoints"));
        return "webhooks";
    }

    @PostMapping("/webhooks")
    String register(
            @RequestParam String url,
            @RequestParam String kinds,
            @RequestParam(defaultValue = "now") String from,
            RedirectAttributes flash) {
        List<String> named =
                Arrays.stream(kinds.split("[,\\s]+")).filter(k -> !k.isBlank()).toList();
        try {
            JsonNode made = api.post(
                    "/api/webhooks/endpoints",
                    Map.of("url", url, "kinds", named.isEmpty() ? List.of("*") : named, "from", from));
            flash.addFlashAttribute("done", "portal.webhooks.registered");
            flash.addFlashAttribute("secret", made.path("secret").asText());
            return "redirect:/webhooks/" + made.path("id").asText();
        } catch (ApiProblem refused) {
            Outcomes.refused(flash, refused);
            return "redirect:/webhooks";
        }
    }

    @GetMapping("/webhooks/{endpointId}")
    String endpoint(@PathVariable String endpointId, Model model) {
        var together = api.together();
        var endpoints = together.get(LIST, "/api/webhooks/endpoints");
        var deliveries = together.get(LIST, "/api/webhooks/endpoints/{id}/deliveries?size=50", endpointId);
        JsonNode endpoint = endpoints.value().stream()
                .filter(e -> e.path("id").asText().equals(endpointId))
                .findFirst()
                .orElseThrow(() -> new NotVisible("/webhooks/" + endpointId));
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("deliveries", deliveries.value());
        return "webhook";
    }

    @PostMapping("/webhooks/{endpointId}/secret")
    String rotate(@PathVariable String endpointId, RedirectAttributes flash) {
        try {
            JsonNode rotated = api.post("/api/webhooks/endpoints/{id}/secret", Map.of(), endpointId);
            flash.addFlashAttribute("done", "portal.webhooks.rotated");
            flash.addFlashAttribute("secret", rotated.path("secret").asText());
        } catch (ApiProblem refused) {
            Outcomes.refused(flash, refused);
        }
        return "redirect:/webhooks/" + endpointId;
    }

    @PostMapping("/webhooks/{endpointId}/redelivery")
    String redeliver(@PathVariable String endpointId, RedirectAttributes flash) {
        return Outcomes.post(
                api,
                flash,
                "/webhooks/" + endpointId,
                "portal.webhooks.redelivered",
                "/api/webhooks/endpoints/{id}/redeliveries",
                Map.of("after", 0),
                endpointId);
    }
}
