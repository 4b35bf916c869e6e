package org.carbonmrv.monitoring.readings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.carbonmrv.api.monitoring.UploadFormat;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.monitoring.spreadsheet.SheetCells;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/monitoring/projects/{projectId}/reporting-periods/{periodId}")
@Tag(name = "readings", description = "upload monitoring data in batches (JSON or CSV)")
public class ReadingsController {

    private final ProjectDirectory projects;
    private final ReadingUploads uploads;
    private final ReadingStatistics statistics;
    private final ReadingStore store;
    private final long maxUploadBytes;

    ReadingsController(
            ProjectDirectory projects,
            ReadingUploads uploads,
            ReadingStatistics statistics,
            ReadingStore store,
            @Value("${mrv.readings.max-upload-bytes}") long maxUploadBytes) {
        this.projects = projects;
        this.uploads = uploads;
        this.statistics = statistics;
        this.store = store;
        this.maxUploadBytes = maxUploadBytes;
    }

    record BatchRecorded(String batchId, boolean alreadyRecorded, long rowCount, String sha256, boolean dryRun) {}

    static final String XLSX = SheetCells.MEDIA_TYPE;

    @PostMapping(
            value = "/reading-batches",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.TEXT_PLAIN_VALUE, XLSX})
    @Operation(
            summary = "Upload a batch of readings (JSON, CSV or XLSX); all or nothing, idempotent on content (SHA-256)")
    ResponseEntity<BatchRecorded> upload(
            @PathVariable String projectId,
            @PathVariable String periodId,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(defaultValue = "false") boolean dryRun,
            HttpServletRequest request)
            throws IOException {
        Actor actor = Actor.require();
        if (request.getContentLengthLong() > maxUploadBytes) {
            throw new DomainException(
                    "upload-too-large",
                    413,
                    "the upload exceeds " + maxUploadBytes + " bytes",
                    List.of(FieldProblem.of("body", "at most " + maxUploadBytes + " bytes")));
        }
        ProjectView project = projects.ownedProject(
                actor, projectId, "uploading readings", Role.PROJECT_OWNER, Role.MONITORING_OPERATOR, Role.INTEGRATOR);
        ReportingPeriodView period = ProjectDirectory.reportingPeriod(project, periodId);
        String type = contentType.toLowerCase();
        UploadFormat format = type.startsWith(MediaType.APPLICATION_JSON_VALUE)
                ? UploadFormat.JSON
                : type.startsWith(XLSX) ? UploadFormat.XLSX : UploadFormat.CSV;
        ReadingUploads.Outcome outcome =
                uploads.upload(actor, project, period, request.getInputStream(), format, dryRun);
        BatchRecorded body = new BatchRecorded(
                outcome.batchId(), outcome.alreadyRecorded(), outcome.rowCount(), outcome.sha256(), dryRun);
        if (outcome.alreadyRecorded() || dryRun) {
            return ResponseEntity.ok(body);
        }
        statistics.recorded(outcome.rowCount());
        return ResponseEntity.created(URI.create("/api/monitoring/projects/" + projectId + "/reporting-periods/"
                        + periodId + "/reading-batches/" + outcome.batchId()))
                .body(body);
    }

    @GetMapping("/reading-batches/{batchId}")
    @Operation(summary = "A recorded batch: its content's SHA-256, format, row count, who uploaded it and when")
    ReadingStore.BatchView batch(
            @PathVariable String projectId, @PathVariable String periodId, @PathVariable String batchId) {
        projects.visibleProject(Actor.require(), projectId);
        return store.batch(projectId, periodId, batchId)
                .orElseThrow(() -> DomainException.notFound(
                        "batch-not-found", "no batch " + batchId + " in this reporting period"));
    }
}
