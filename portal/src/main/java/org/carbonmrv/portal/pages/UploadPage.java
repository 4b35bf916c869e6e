package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.carbonmrv.portal.api.ApiProblem;
import org.carbonmrv.portal.api.PlatformApi;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The owner uploads a period's readings or the project's operating log, its shutdowns, from a
 * file (CSV, XLSX or JSON). A check first (the monitoring-service's dry run) shows the
 * row-by-row report and stores nothing; storing is all or nothing, and the same file twice is
 * recorded once. The page shows the file's progress to the platform while it goes. One call to the
 * API per upload.
 */
@Controller
class UploadPage {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlatformApi api;

    UploadPage(PlatformApi api) {
        this.api = api;
    }

    /** What a file holds: readings of the period, or shutdowns of the project's destruction units. */
    enum Kind {
        readings("/api/monitoring/projects/{p}/reporting-periods/{r}/reading-batches?dryRun={dryRun}"),
        downtime("/api/monitoring/projects/{p}/downtime?dryRun={dryRun}");

        final String path;

        Kind(String path) {
            this.path = path;
        }

        /** The path's variables in the order the path names them (the operating log is the project's, not a period's). */
        Object[] variables(String projectId, String periodId, boolean dryRun) {
            return this == readings ? new Object[] {projectId, periodId, dryRun} : new Object[] {projectId, dryRun};
        }
    }

    @GetMapping("/projects/{projectId}/periods/{periodId}/upload")
    String form(
            @PathVariable String projectId,
            @PathVariable String periodId,
            @RequestParam(defaultValue = "readings") Kind kind,
            Model model) {
        model.addAttribute("projectId", projectId);
        model.addAttribute("periodId", periodId);
        model.addAttribute("kind", kind);
        return "upload";
    }

    @PostMapping("/projects/{projectId}/periods/{periodId}/upload")
    String upload(
            @PathVariable String projectId,
            @PathVariable String periodId,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean store,
            @RequestParam(defaultValue = "readings") Kind kind,
            Model model)
            throws IOException {
        model.addAttribute("projectId", projectId);
        model.addAttribute("periodId", periodId);
        model.addAttribute("kind", kind);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("stored", store);
        try (InputStream content = file.getInputStream()) {
            JsonNode outcome = api.postFile(
                    kind.path,
                    content,
                    typeOf(file.getOriginalFilename()),
                    kind.variables(projectId, periodId, !store));
            // the operating log answers a recording with no content: recorded, rows already logged skipped
            model.addAttribute(
                    "outcome",
                    outcome == null ? JsonNodeFactory.instance.objectNode().put("dryRun", false) : outcome);
        } catch (ApiProblem refused) {
            model.addAttribute("problem", refused);
        }
        return "upload";
    }

    /** By the file's name: what a plant's exports are called. */
    static MediaType typeOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        return name.endsWith(".json") ? MediaType.APPLICATION_JSON : MediaType.parseMediaType("text/csv");
    }
}
