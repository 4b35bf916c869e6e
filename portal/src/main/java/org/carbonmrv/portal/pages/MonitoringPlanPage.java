package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.portal.api.ApiProblem;
import org.carbonmrv.portal.api.NotVisible;
import org.carbonmrv.portal.api.PlatformApi;
import org.carbonmrv.portal.api.Reads;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's monitoring plan as it is in force: its parameters and meters, each meter's
 * calibrations with the days it went without one highlighted, and its stand-ins. The owner declares
 * the plan's next version (edited here, or a plan file), records calibrations and substitutions.
 * Three calls to the API, side by side (the project, the plan, the meters).
 */
@Controller
class MonitoringPlanPage {

    private static final ParameterizedTypeReference<ProjectView> PROJECT = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<JsonNode> JSON = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<JsonNode>> METERS = new ParameterizedTypeReference<>() {};

    private final PlatformApi api;
    private final ObjectMapper json;

    MonitoringPlanPage(PlatformApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    /** A meter as the page shows it: what the API says of it, and its lapses of calibration. */
    record MeterRow(JsonNode meter, String serves, List<CalibrationLapses.Lapse> lapses) {}

    @GetMapping("/projects/{projectId}/monitoring-plan")
    String plan(@PathVariable String projectId, Model model) {
        Reads reads = api.together();
        var project = reads.get(PROJECT, "/api/projects/{id}", projectId);
        var plan = reads.get(JSON, "/api/monitoring/projects/{id}/monitoring-plan", projectId);
        var meters = reads.get(METERS, "/api/monitoring/projects/{id}/meters", projectId);
        ProjectView shown = project.value();
        model.addAttribute("project", shown);
        JsonNode inForce = planOrNone(plan);
        model.addAttribute("plan", inForce);
        LocalDate today = LocalDate.now(ZoneId.of(shown.timeZone()));
        List<MeterRow> rows = new ArrayList<>();
        for (JsonNode m : meters.value()) {
            List<String> serves = new ArrayList<>();
            m.path("serves").forEach(s -> serves.add(s.asText()));
            rows.add(new MeterRow(m, String.join(", ", serves), CalibrationLapses.of(m, today)));
        }
        model.addAttribute("meters", rows);
        if (!model.containsAttribute("planText")) {
            model.addAttribute("planText", nextVersionDraft(inForce, today));
        }
        return "monitoring-plan";
    }

    /** The owner declares the plan's next version, from the text edited on the page or from a plan file. */
    @PostMapping("/projects/{projectId}/monitoring-plan")
    String declare(
            @PathVariable String projectId,
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : plan;
        String back = "redirect:/projects/" + projectId + "/monitoring-plan";
        JsonNode body;
        try {
            body = json.readTree(text == null || text.isBlank() ? "{}" : text);
        } catch (JsonProcessingException e) {
            flash.addFlashAttribute("planText", text);
            flash.addFlashAttribute("refusedKey", "portal.plan.notJson");
            flash.addFlashAttribute("refused", "");
            return back;
        }
        try {
            api.post("/api/monitoring/projects/{id}/monitoring-plan", body, projectId);
            flash.addFlashAttribute("done", "portal.plan.declared");
        } catch (ApiProblem refused) {
            // the text stays as the owner wrote it, with the API's rule for each field it names
            flash.addFlashAttribute("planText", text);
            Outcomes.refused(flash, refused);
            flash.addFlashAttribute("planErrors", refused.errors());
        }
        return back;
    }

    @PostMapping("/projects/{projectId}/meters/{serial}/calibrations")
    String calibrate(
            @PathVariable String projectId,
            @PathVariable String serial,
            @RequestParam String performedOn,
            @RequestParam String validUntil,
            @RequestParam(defaultValue = "") String certificate,
            @RequestParam(defaultValue = "") String laboratory,
            RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("performedOn", blankAsNull(performedOn));
        body.put("validUntil", blankAsNull(validUntil));
        body.put("certificate", blankAsNull(certificate));
        body.put("laboratory", blankAsNull(laboratory));
        return onMeter(projectId, serial, "calibrations", body, "portal.plan.calibrated", flash);
    }

    @PostMapping("/projects/{projectId}/meters/{serial}/substitutions")
    String substitute(
            @PathVariable String projectId,
            @PathVariable String serial,
            @RequestParam String substituteSerial,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("substituteSerial", substituteSerial.strip());
        body.put("from", blankAsNull(from));
        body.put("to", blankAsNull(to));
        body.put("reason", blankAsNull(reason));
        return onMeter(projectId, serial, "substitutions", body, "portal.plan.substituted", flash);
    }

    /** Refused, the rules go back to the meter's own form, next to the fields they name. */
    private String onMeter(
            String projectId, String serial, String what, Object body, String done, RedirectAttributes flash) {
        try {
            api.post("/api/monitoring/projects/{p}/meters/{m}/" + what, body, projectId, serial);
            flash.addFlashAttribute("done", done);
        } catch (ApiProblem refused) {
            Outcomes.refused(flash, refused);
            flash.addFlashAttribute("meterForm", serial + "/" + what);
            flash.addFlashAttribute("rules", refused.fieldRules());
        }
        return "redirect:/projects/" + projectId + "/monitoring-plan#meter-" + serial;
    }

    private JsonNode planOrNone(Reads.Read<JsonNode> plan) {
        try {
            return plan.value();
        } catch (NotVisible noPlanYet) {
            // the project itself was readable: nothing here means no plan was declared
            return null;
        }
    }

    /** The plan in force as the text of its next version, in force from today; a skeleton when there is none. */
    private String nextVersionDraft(JsonNode inForce, LocalDate today) {
        ObjectNode draft = json.createObjectNode();
        draft.put("effectiveFrom", today.toString());
        if (inForce == null) {
            draft.putArray("parameters");
            draft.putArray("meters");
        } else {
            draft.set("parameters", inForce.path("parameters"));
            draft.set("meters", inForce.path("meters"));
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the plan could not be written as JSON", e);
        }
    }

    private static String blankAsNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
