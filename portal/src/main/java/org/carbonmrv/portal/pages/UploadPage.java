package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The owner uploads a period's readings from a file (CSV, XLSX or JSON). A check first (the
 * monitoring-service's dry run) shows the row-by-row report and stores nothing; storing is all or
 * nothing, and the same file twice is recorded once. One call to the API per upload.
 */
@Controller
class UploadPage {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlatformApi api;

    UploadPage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/projects/{projectId}/periods/{periodId}/upload")
    String form(@PathVariable String projectId, @PathVariable String periodId, Model model) {
        model.addAttribute("projectId", projectId);
        model.addAttribute("periodId", periodId);
        return "upload";
    }

    @PostMapping("/projects/{projectId}/periods/{periodId}/upload")
    String upload(
            @PathVariable String projectId,
            @PathVariable String periodId,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean store,
            Model model)
            throws IOException {
        model.addAttribute("projectId", projectId);
        model.addAttribute("periodId", periodId);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("stored", store);
        try (InputStream content = file.getInputStream()) {
            JsonNode outcome = api.postFile(
                    "/api/monitoring/projects/{p}/reporting-periods/{r}/reading-batches?dryRun={dryRun}",
                    content,
                    typeOf(file.getOriginalFilename()),
                    projectId,
                    periodId,
                    !store);
            model.addAttribute("outcome", outcome);
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
