package org.carbonmrv.monitoring.readings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carbonmrv.platform.paging.Page;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

@RestController
@RequestMapping("/api/monitoring/projects/{projectId}")
@Tag(name = "readings", description = "recorded readings, their corrections and their history")
public class ReadingHistoryController {

    private final ProjectDirectory projects;
    private final RecordedReadings readings;
    private final ReadingCorrection correction;

    ReadingHistoryController(ProjectDirectory projects, RecordedReadings readings, ReadingCorrection correction) {
        this.projects = projects;
        this.readings = readings;
        this.correction = correction;
    }

    record CorrectRange(
            @NotBlank String parameter,
            @NotBlank String source,
            @NotBlank String from,
            @NotBlank String to,
            String value,
            String unit,
            String factor,
            @NotBlank @Size(max = 4000) String reason,
            @Size(max = 1000) String evidence) {}

    record RangeCorrected(int corrected) {}

    record Correct(
            @NotBlank String value,
            @NotBlank String unit,
            @NotBlank @Size(max = 4000) String reason,
            @Size(max = 1000) String evidence,
            String expectedCurrentValue) {}

    @PostMapping("/reporting-periods/{periodId}/range-corrections")
    @Operation(
            summary = "Correct every reading of a parameter and source in a time range: set a value or apply a factor")
    ResponseEntity<RangeCorrected> correctRange(
            @PathVariable String projectId, @PathVariable String periodId, @Valid @RequestBody CorrectRange request) {
        var given = request.value() == null
                ? null
                : new ReadingCorrection.GivenValue(request.value(), request.unit() == null ? "" : request.unit());
        int changed = correction.correctRange(
                Actor.require(),
                projectId,
                periodId,
                request.parameter(),
                request.source(),
                moment(request.from(), false, "from"),
                moment(request.to(), true, "to"),
                given,
                request.factor(),
                request.reason(),
                request.evidence());
        return ResponseEntity.ok(new RangeCorrected(changed));
    }

    /** A date (whole days, {@code to} inclusive) or a local time ({@code to} exclusive), as for readings. */
    private static LocalDateTime moment(String text, boolean end, String field) {
        try {
            if (text.trim().length() > 10) {
                return LocalDateTime.parse(text.trim());
            }
            LocalDate day = LocalDate.parse(text.trim());
            return end ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
        } catch (DateTimeParseException e) {
            throw DomainException.badRequest(
                    "time-invalid",
                    "not a date or local time",
                    new FieldProblem(field, "must be yyyy-MM-dd or yyyy-MM-ddTHH:mm", text));
        }
    }

    @GetMapping("/reporting-periods/{periodId}/readings")
    @Operation(summary = "Recorded readings with their effective values, filtered by parameter, source and month")
    Page<RecordedReadings.RecordedReading> readings(
            @PathVariable String projectId,
            @PathVariable String periodId,
            @RequestParam(required = false) String parameter,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        projects.visibleProject(Actor.require(), projectId);
        return readings.page(projectId, periodId, new RecordedReadings.Filter(parameter, source, month), page, size);
    }

    @GetMapping("/readings/{readingId}/history")
    @Operation(summary = "A reading's upload and every correction since: who, when, why, with what evidence")
    RecordedReadings.History history(@PathVariable String projectId, @PathVariable long readingId) {
        projects.visibleProject(Actor.require(), projectId);
        return readings.history(projectId, readingId);
    }

    @PostMapping("/readings/{readingId}/corrections")
    @Operation(
            summary =
                    "Correct a recorded reading with a reason and an evidence reference; the original stays on record")
    ResponseEntity<RecordedReadings.History> correct(
            @PathVariable String projectId, @PathVariable long readingId, @Valid @RequestBody Correct request) {
        var history = correction.correctOne(
                Actor.require(),
                projectId,
                readingId,
                new ReadingCorrection.GivenValue(request.value(), request.unit()),
                request.expectedCurrentValue(),
                request.reason(),
                request.evidence());
        return ResponseEntity.status(201).body(history);
    }
}
