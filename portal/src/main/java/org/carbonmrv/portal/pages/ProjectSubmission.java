package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.portal.api.ApiProblem;
import org.carbonmrv.portal.api.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An owner submits a project for listing (facility with its lines and destruction units, time
 * zone, crediting period, location) and opens its reporting periods. The project-service checks
 * everything; its refusals are shown next to the fields they name, and nothing is stored.
 */
@Controller
class ProjectSubmission {

    private final PlatformApi api;

    ProjectSubmission(PlatformApi api) {
        this.api = api;
    }

    /** The form as typed: up to three production lines and three destruction units. */
    record SubmissionForm(
            String name,
            String methodology,
            String timeZone,
            String creditingPeriodStart,
            String creditingPeriodEnd,
            String country,
            String subdivision,
            List<String> lineIds,
            List<String> lineCapacities,
            List<String> unitIds,
            List<String> unitLabels) {

        static SubmissionForm empty() {
            return new SubmissionForm(
                    "",
                    "CM-010 V01",
                    "Asia/Shanghai",
                    "",
                    "",
                    "CN",
                    "",
                    List.of("", "", ""),
                    List.of("", "", ""),
                    List.of("", "", ""),
                    List.of("", "", ""));
        }

        /** The body the API takes; empty rows left out, a capacity that is not a number sent as typed. */
        Map<String, Object> request() {
            String[] methodologyAndVersion = methodology == null ? new String[] {"", ""} : methodology.split(" ", 2);
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int i = 0; i < size(lineIds); i++) {
                if (!lineIds.get(i).isBlank()) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", lineIds.get(i).strip());
                    String capacity = i < size(lineCapacities)
                            ? lineCapacities.get(i).replace(",", "").strip()
                            : "";
                    if (!capacity.isEmpty()) {
                        line.put("capacityTonnesPerYear", number(capacity));
                    }
                    lines.add(line);
                }
            }
            List<Map<String, Object>> units = new ArrayList<>();
            for (int i = 0; i < size(unitIds); i++) {
                if (!unitIds.get(i).isBlank()) {
                    units.add(Map.of(
                            "id", unitIds.get(i).strip(), "label", i < size(unitLabels) ? unitLabels.get(i) : ""));
                }
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("methodologyId", methodologyAndVersion[0]);
            body.put("methodologyVersion", methodologyAndVersion.length > 1 ? methodologyAndVersion[1] : "");
            body.put("facility", Map.of("productionLines", lines, "destructionUnits", units));
            body.put("timeZone", timeZone);
            body.put("creditingPeriodStart", blankAsNull(creditingPeriodStart));
            body.put("creditingPeriodEnd", blankAsNull(creditingPeriodEnd));
            body.put("location", Map.of("country", country, "subdivision", subdivision));
            return body;
        }

        private static int size(List<String> values) {
            return values == null ? 0 : values.size();
        }

        private static Object number(String typed) {
            try {
                return new BigDecimal(typed);
            } catch (NumberFormatException e) {
                return typed;
            }
        }

        private static String blankAsNull(String typed) {
            return typed == null || typed.isBlank() ? null : typed;
        }
    }

    @GetMapping("/projects/new")
    String form(Model model) {
        model.addAttribute("form", SubmissionForm.empty());
        return "submit-project";
    }

    @PostMapping("/projects/new")
    String submit(@ModelAttribute("form") SubmissionForm form, Model model) {
        try {
            JsonNode created = api.post("/api/projects", form.request());
            return "redirect:/projects/" + created.path("id").asText();
        } catch (ApiProblem refused) {
            model.addAttribute("problem", refused);
            return "submit-project";
        }
    }

    @PostMapping("/projects/{projectId}/periods")
    String openPeriod(
            @PathVariable String projectId,
            @RequestParam String start,
            @RequestParam String end,
            RedirectAttributes flash) {
        return Outcomes.post(
                api,
                flash,
                "/projects/" + projectId,
                "portal.period.opened",
                "/api/projects/{id}/reporting-periods",
                Map.of("start", start, "end", end),
                projectId);
    }
}
