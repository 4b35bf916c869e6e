package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.api.monitoring.view.QaSummary;
import org.carbonmrv.portal.api.NotVisible;
import org.carbonmrv.portal.api.PlatformApi;
import org.carbonmrv.portal.api.Reads;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A reduction report: its versions with their results and what changed, the findings, and the
 * document of the latest version. The owner submits a version and answers findings; the assigned
 * verifier raises and closes findings and approves (after confirming) or rejects. What a reader
 * may do is the API's to decide: the page offers the actions of the reader's roles, the services
 * refuse the rest. Three calls to show it: the report, then side by side the period's monthly
 * aggregates for the charts and its QA checks.
 */
@Controller
class ReportPage {

    private static final ParameterizedTypeReference<JsonNode> JSON = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<JsonNode>> AGGREGATES = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<QaSummary> CHECKS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<byte[]> BYTES = new ParameterizedTypeReference<>() {};

    private final PlatformApi api;
    private final ObjectMapper json;

    ReportPage(PlatformApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    @GetMapping("/reports/{reportId}")
    String report(@PathVariable String reportId, @RequestParam(required = false) String subject, Model model) {
        // a finding's subject, when the verifier came from a line of the version's trace
        model.addAttribute("subject", subject);
        JsonNode report = api.get(JSON, "/api/calculations/reports/{id}", reportId);
        String projectId = report.path("projectId").asText();
        String periodId = report.path("reportingPeriodId").asText();
        Reads reads = api.together();
        var aggregates = reads.get(
                AGGREGATES, "/api/monitoring/projects/{p}/reporting-periods/{r}/aggregates", projectId, periodId);
        var checks =
                reads.get(CHECKS, "/api/monitoring/projects/{p}/reporting-periods/{r}/checks", projectId, periodId);
        model.addAttribute("report", report);
        model.addAttribute("charts", charts(aggregates));
        model.addAttribute("checks", ifVisible(checks));
        return "report";
    }

    /** A chart as the page carries it: its series, and the same as JSON for the script that draws it. */
    record Chart(MonthlySeries series, String json) {}

    /** The period's monthly data, when the reader may read it (the report may be readable without it). */
    private List<Chart> charts(Reads.Read<List<JsonNode>> aggregates) {
        List<JsonNode> monthly = ifVisible(aggregates);
        if (monthly == null) {
            return List.of();
        }
        try {
            List<Chart> charts = new ArrayList<>();
            for (MonthlySeries series : MonthlySeries.of(monthly)) {
                charts.add(new Chart(series, json.writeValueAsString(series)));
            }
            return charts;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart's series could not be written as JSON", e);
        }
    }

    /** What the read found, or nothing when this reader may not read it (the report may be readable without it). */
    private static <T> T ifVisible(Reads.Read<T> read) {
        try {
            return read.value();
        } catch (NotVisible notForThisReader) {
            return null;
        }
    }

    /** The owner acknowledges a QA warning with a comment: it stays in the record, with who and when. */
    @PostMapping("/reports/{reportId}/checks/{findingId}/acknowledgement")
    String acknowledge(
            @PathVariable String reportId,
            @PathVariable String findingId,
            @RequestParam String comment,
            RedirectAttributes flash) {
        JsonNode report = api.get(JSON, "/api/calculations/reports/{id}", reportId);
        return Outcomes.post(
                api,
                flash,
                "/reports/" + reportId,
                "portal.qa.acknowledged",
                "/api/monitoring/projects/{p}/reporting-periods/{r}/checks/{f}/acknowledgement",
                Map.of("comment", comment),
                report.path("projectId").asText(),
                report.path("reportingPeriodId").asText(),
                findingId);
    }

    /** The version's document, HTML or PDF, in the reader's chosen language: the calculation-service writes it. */
    @GetMapping("/reports/{reportId}/versions/{version}/document")
    ResponseEntity<byte[]> document(
            @PathVariable String reportId,
            @PathVariable int version,
            @RequestParam(defaultValue = "html") String format,
            Locale locale) {
        String lang = locale.getLanguage().equals("zh") ? "zh" : "en";
        boolean pdf = format.equals("pdf");
        byte[] document = api.get(
                BYTES,
                "/api/calculations/reports/{id}/versions/{v}/document?lang={lang}&format={format}",
                reportId,
                version,
                lang,
                pdf ? "pdf" : "html");
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(document);
    }

    @PostMapping("/reports/{reportId}/submission")
    String submit(@PathVariable String reportId, @RequestParam int version, RedirectAttributes flash) {
        return act(reportId, "/submission", Map.of("version", version), "portal.report.submitted", flash);
    }

    @PostMapping("/reports/{reportId}/approval")
    String approve(
            @PathVariable String reportId,
            @RequestParam int version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes flash) {
        if (!confirmed) {
            flash.addFlashAttribute("refused", "");
            flash.addFlashAttribute("refusedKey", "portal.report.confirmFirst");
            return "redirect:/reports/" + reportId;
        }
        return act(reportId, "/approval", Map.of("version", version), "portal.report.approved", flash);
    }

    /** The verifier rejects the version with the reason the owner will read; confirmed first, as an approval is. */
    @PostMapping("/reports/{reportId}/rejection")
    String reject(
            @PathVariable String reportId,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes flash) {
        if (!confirmed) {
            flash.addFlashAttribute("refused", "");
            flash.addFlashAttribute("refusedKey", "portal.report.confirmRejection");
            return "redirect:/reports/" + reportId;
        }
        Map<String, Object> rejection = new LinkedHashMap<>();
        rejection.put("version", version);
        rejection.put("reason", reason);
        return act(reportId, "/rejection", rejection, "portal.report.rejected", flash);
    }

    @PostMapping("/reports/{reportId}/findings")
    String raiseFinding(
            @PathVariable String reportId,
            @RequestParam String kind,
            @RequestParam String subject,
            @RequestParam String text,
            RedirectAttributes flash) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("kind", kind);
        finding.put("subject", subject);
        finding.put("text", text);
        return act(reportId, "/findings", finding, "portal.report.findingRaised", flash);
    }

    @PostMapping("/reports/{reportId}/findings/{findingId}/{step}")
    String onFinding(
            @PathVariable String reportId,
            @PathVariable String findingId,
            @PathVariable String step,
            @RequestParam String text,
            RedirectAttributes flash) {
        if (!step.equals("answer") && !step.equals("closure")) {
            throw new NotVisible("/reports/" + reportId + "/findings/" + findingId + "/" + step);
        }
        return act(
                reportId,
                "/findings/" + findingId + "/" + step,
                Map.of("text", text),
                step.equals("answer") ? "portal.report.findingAnswered" : "portal.report.findingClosed",
                flash);
    }

    private String act(String reportId, String step, Object body, String done, RedirectAttributes flash) {
        return Outcomes.post(
                api, flash, "/reports/" + reportId, done, "/api/calculations/reports/{id}" + step, body, reportId);
    }
}
