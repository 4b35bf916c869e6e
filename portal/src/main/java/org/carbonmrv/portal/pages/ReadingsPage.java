package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.portal.api.ApiPage;
import org.carbonmrv.portal.api.ApiProblem;
import org.carbonmrv.portal.api.PlatformApi;
import org.carbonmrv.portal.api.Reads;
import org.springframework.core.ParameterizedTypeReference;
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
import java.util.Map;
import java.util.stream.Stream;

/**
 * A period's recorded readings, filtered by parameter, source and month, each with the value as
 * uploaded and as it stands after corrections; one reading's history (the upload, then every
 * correction: who, when, why, on what evidence), where the owner corrects it. A correction is a new
 * record: the value as uploaded stays. Two calls to the API per page, side by side.
 */
@Controller
class ReadingsPage {

    private static final ParameterizedTypeReference<ProjectView> PROJECT = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ApiPage<JsonNode>> READINGS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<JsonNode> JSON = new ParameterizedTypeReference<>() {};
    private static final int PAGE_SIZE = 100;

    private final PlatformApi api;

    ReadingsPage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/projects/{projectId}/periods/{periodId}/readings")
    String readings(
            @PathVariable String projectId,
            @PathVariable String periodId,
            @RequestParam(defaultValue = "") String parameter,
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Reads reads = api.together();
        var project = reads.get(PROJECT, "/api/projects/{id}", projectId);
        Filter filter = new Filter(parameter.strip(), source.strip(), month.strip());
        var readings = reads.get(
                READINGS,
                "/api/monitoring/projects/{p}/reporting-periods/{r}/readings?page={page}&size={size}" + filter.query(),
                filter.variables(projectId, periodId, Math.max(page, 0), PAGE_SIZE));
        ProjectView shown = project.value();
        ApiPage<JsonNode> found = readings.value();
        model.addAttribute("project", shown);
        model.addAttribute("periodId", periodId);
        model.addAttribute("readings", found);
        model.addAttribute(
                "rows", found.items().stream().map(r -> Row.of(r, shown)).toList());
        model.addAttribute("filter", filter);
        return "readings";
    }

    /** A reading with the time it covers, in the project's time zone. */
    record Row(JsonNode reading, String span) {

        static Row of(JsonNode reading, ProjectView project) {
            return new Row(
                    reading,
                    ReadingSpan.of(
                            reading.path("startsAt").asText(),
                            reading.path("endsAt").asText(),
                            project.timeZone()));
        }
    }

    /** The filter as the reader typed it; blank is no filter. */
    record Filter(String parameter, String source, String month) {

        /** The query's template for the filters given (their values go as variables, encoded). */
        String query() {
            return (parameter.isEmpty() ? "" : "&parameter={parameter}")
                    + (source.isEmpty() ? "" : "&source={source}")
                    + (month.isEmpty() ? "" : "&month={month}");
        }

        Object[] variables(Object... first) {
            List<Object> all = new ArrayList<>(List.of(first));
            Stream.of(parameter, source, month).filter(f -> !f.isEmpty()).forEach(all::add);
            return all.toArray();
        }
    }

    @GetMapping("/projects/{projectId}/readings/{readingId}")
    String reading(@PathVariable String projectId, @PathVariable long readingId, Model model) {
        Reads reads = api.together();
        var project = reads.get(PROJECT, "/api/projects/{id}", projectId);
        var history = reads.get(JSON, "/api/monitoring/projects/{p}/readings/{id}/history", projectId, readingId);
        ProjectView shown = project.value();
        JsonNode found = history.value();
        model.addAttribute("project", shown);
        model.addAttribute("history", found);
        model.addAttribute("row", Row.of(found.path("reading"), shown));
        return "reading";
    }

    /**
     * The owner corrects the reading: a value with its unit, a reason and the evidence. The value the
     * owner saw goes with it, so that a correction made meanwhile by someone else is not overwritten.
     */
    @PostMapping("/projects/{projectId}/readings/{readingId}/corrections")
    String correct(
            @PathVariable String projectId,
            @PathVariable long readingId,
            @RequestParam String value,
            @RequestParam String unit,
            @RequestParam String reason,
            @RequestParam(defaultValue = "") String evidence,
            @RequestParam String seenValue,
            RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("value", value.replace(",", "").strip());
        body.put("unit", unit.strip());
        body.put("reason", reason.strip());
        body.put("evidence", evidence.isBlank() ? null : evidence.strip());
        body.put("expectedCurrentValue", seenValue);
        try {
            api.post("/api/monitoring/projects/{p}/readings/{id}/corrections", body, projectId, readingId);
            flash.addFlashAttribute("done", "portal.reading.corrected");
        } catch (ApiProblem refused) {
            Outcomes.refused(flash, refused);
            flash.addFlashAttribute("rules", refused.fieldRules());
            flash.addFlashAttribute("typed", body);
        }
        return "redirect:/projects/" + projectId + "/readings/" + readingId;
    }
}
