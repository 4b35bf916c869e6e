package org.carbonmrv.monitoring.readings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.monitoring.CorrectReadingCommand;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.quantity.Decimals;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@RestController
@RequestMapping("/api/monitoring/projects/{projectId}")
@Tag(name = "readings", description = "recorded readings, their corrections and their history")
public class ReadingHistoryController {

    private final ProjectDirectory projects;
    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final RangeCorrections rangeCorrections;

    ReadingHistoryController(ProjectDirectory projects, JdbcTemplate jdbc, CommandGateway commands,
                             RangeCorrections rangeCorrections) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.commands = commands;
        this.rangeCorrections = rangeCorrections;
    }

    record CorrectRange(@NotBlank String parameter, @NotBlank String source, @NotBlank String from, @NotBlank String to,
                        String value, String unit, String factor, @NotBlank @Size(max = 4000) String reason,
                        @Size(max = 1000) String evidence) {
    }

    record RangeCorrected(int corrected) {
    }

    @PostMapping("/reporting-periods/{periodId}/range-corrections")
    @Operation(summary = "Correct every reading of a parameter and source in a time range: set a value or apply a factor")
    ResponseEntity<RangeCorrected> correctRange(@PathVariable String projectId, @PathVariable String periodId,
                                                @Valid @RequestBody CorrectRange request) {
        ProjectView project = projects.ownedProject(Actor.require(), projectId, "correcting readings",
                Role.PROJECT_OWNER, Role.MONITORING_OPERATOR);
        var period = ProjectDirectory.reportingPeriod(project, periodId);
        ParameterDefinition parameter = MethodologyCatalogue.pinnedBy(project).parameter(request.parameter())
                .orElseThrow(() -> DomainException.badRequest("parameter-unknown", "no such parameter",
                        new FieldProblem("parameter", "must be a parameter of the methodology", request.parameter())));
        if ((request.value() == null) == (request.factor() == null)) {
            throw DomainException.badRequest("correction-invalid", "give either a value or a factor",
                    FieldProblem.of("value", "exactly one of value and factor"));
        }
        BigDecimal value = request.value() == null ? null
                : corrected(new Correct(request.value(), request.unit() == null ? "" : request.unit(), request.reason(),
                request.evidence(), null), parameter);
        BigDecimal factor = request.factor() == null ? null : decimal(request.factor(), "factor");
        java.time.ZoneId zone = java.time.ZoneId.of(project.timeZone());
        int changed = rangeCorrections.correct(project, period, parameter, request.source(),
                moment(request.from(), false, "from").atZone(zone).toInstant(),
                moment(request.to(), true, "to").atZone(zone).toInstant(), value, factor, request.reason(), request.evidence());
        return ResponseEntity.ok(new RangeCorrected(changed));
    }

    /** A date (whole days, {@code to} inclusive) or a local time ({@code to} exclusive), as for readings. */
    private static java.time.LocalDateTime moment(String text, boolean end, String field) {
        try {
            if (text.trim().length() > 10) {
                return java.time.LocalDateTime.parse(text.trim());
            }
            java.time.LocalDate day = java.time.LocalDate.parse(text.trim());
            return end ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.badRequest("time-invalid", "not a date or local time",
                    new FieldProblem(field, "must be yyyy-MM-dd or yyyy-MM-ddTHH:mm", text));
        }
    }

    record RecordedReading(long id, String batchId, String parameter, String source, Instant startsAt, Instant endsAt,
                           String month, String value, String effectiveValue, String unit, boolean corrected) {
    }

    record Upload(String batchId, String sha256, String format, String recordedBy, Instant recordedAt, int row) {
    }

    record Correction(String previousValue, String value, String unit, String reason, String evidence,
                      String correctedBy, Instant correctedAt) {
    }

    record History(RecordedReading reading, Upload upload, List<Correction> corrections) {
    }

    record Correct(@NotBlank String value, @NotBlank String unit, @NotBlank @Size(max = 4000) String reason,
                   @Size(max = 1000) String evidence, String expectedCurrentValue) {
    }

    @GetMapping("/reporting-periods/{periodId}/readings")
    @Operation(summary = "Recorded readings with their effective values, filtered by parameter, source and month")
    List<RecordedReading> readings(@PathVariable String projectId, @PathVariable String periodId,
                                   @RequestParam(required = false) String parameter,
                                   @RequestParam(required = false) String source,
                                   @RequestParam(required = false) String month,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        projects.visibleProject(Actor.require(), projectId);
        StringBuilder sql = new StringBuilder("SELECT * FROM effective_readings WHERE project_id = ? AND period_id = ?");
        List<Object> args = new ArrayList<>(List.of(projectId, periodId));
        if (parameter != null) {
            sql.append(" AND parameter = ?");
            args.add(parameter);
        }
        if (source != null) {
            sql.append(" AND source = ?");
            args.add(source);
        }
        if (month != null) {
            sql.append(" AND month = ?");
            args.add(month);
        }
        sql.append(" ORDER BY parameter, source, starts_at LIMIT ? OFFSET ?");
        args.add(size);
        args.add(page * size);
        return jdbc.query(sql.toString(), (rs, i) -> reading(rs), args.toArray());
    }

    @GetMapping("/readings/{readingId}/history")
    @Operation(summary = "A reading's upload and every correction since: who, when, why, with what evidence")
    History history(@PathVariable String projectId, @PathVariable long readingId) {
        projects.visibleProject(Actor.require(), projectId);
        RecordedReading reading = find(projectId, readingId);
        Upload upload = jdbc.queryForObject("""
                        SELECT b.id, b.sha256, b.format, b.recorded_by, b.recorded_at, r.row_number
                        FROM readings r JOIN reading_batches b ON b.id = r.batch_id WHERE r.id = ?""",
                (rs, i) -> new Upload(rs.getString("id"), rs.getString("sha256"), rs.getString("format"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), rs.getInt("row_number")),
                readingId);
        List<Correction> corrections = jdbc.query("SELECT * FROM reading_corrections WHERE reading_id = ? ORDER BY id",
                (rs, i) -> new Correction(rs.getBigDecimal("previous_value").toPlainString(),
                        rs.getBigDecimal("value").toPlainString(), rs.getString("unit"), rs.getString("reason"),
                        rs.getString("evidence"), rs.getString("corrected_by"), rs.getTimestamp("corrected_at").toInstant()),
                readingId);
        return new History(reading, upload, corrections);
    }

    @PostMapping("/readings/{readingId}/corrections")
    @Operation(summary = "Correct a recorded reading with a reason and an evidence reference; the original stays on record")
    ResponseEntity<History> correct(@PathVariable String projectId, @PathVariable long readingId,
                                    @Valid @RequestBody Correct request) {
        ProjectView project = projects.ownedProject(Actor.require(), projectId, "correcting readings",
                Role.PROJECT_OWNER, Role.MONITORING_OPERATOR);
        RecordedReading reading = find(projectId, readingId);
        ParameterDefinition parameter = MethodologyCatalogue.pinnedBy(project).parameter(reading.parameter()).orElseThrow();
        BigDecimal value = corrected(request, parameter);
        BigDecimal expected = request.expectedCurrentValue() == null ? new BigDecimal(reading.effectiveValue())
                : decimal(request.expectedCurrentValue(), "expectedCurrentValue");
        commands.sendAndWait(new CorrectReadingCommand(reading.batchId(), projectId, readingId, reading.parameter(),
                reading.source(), new BigDecimal(reading.value()), expected, value, parameter.unit().symbol(),
                request.reason(), request.evidence()));
        return ResponseEntity.status(201).body(history(projectId, readingId));
    }

    private static BigDecimal corrected(Correct request, ParameterDefinition parameter) {
        BigDecimal given = decimal(request.value(), "value");
        Unit unit = Unit.fromSymbol(request.unit())
                .orElseThrow(() -> DomainException.badRequest("unit-invalid", "unknown unit",
                        new FieldProblem("unit", "must be a unit that converts to " + parameter.unit().symbol(), request.unit())));
        if (!unit.convertsTo(parameter.unit())) {
            throw DomainException.badRequest("unit-invalid", "the unit does not convert",
                    new FieldProblem("unit", unit.whyNotConvertible(parameter.unit()), request.unit()));
        }
        BigDecimal value = unit.convert(given, parameter.unit());
        if (!parameter.inRange(value)) {
            throw DomainException.badRequest("value-out-of-range", "the corrected value is out of range",
                    new FieldProblem("value", "must lie between " + parameter.minimum() + " and " + parameter.upperBound().toPlainString(), request.value()));
        }
        return value;
    }

    private static BigDecimal decimal(String text, String field) {
        try {
            return Decimals.parse(text);
        } catch (NumberFormatException e) {
            throw DomainException.badRequest("value-invalid", "not a decimal number within bounds",
                    new FieldProblem(field, "must be " + Decimals.RULE, text));
        }
    }

    private RecordedReading find(String projectId, long readingId) {
        return jdbc.query("SELECT * FROM effective_readings WHERE id = ? AND project_id = ?", (rs, i) -> reading(rs),
                        readingId, projectId).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("reading-not-found", "no reading " + readingId + " in this project"));
    }

    private static RecordedReading reading(ResultSet rs) throws SQLException {
        return new RecordedReading(rs.getLong("id"), rs.getString("batch_id"), rs.getString("parameter"),
                rs.getString("source"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getString("month") == null ? null : rs.getString("month").trim(),
                rs.getBigDecimal("value").toPlainString(), rs.getBigDecimal("effective_value").toPlainString(),
                rs.getString("unit"), rs.getBoolean("corrected"));
    }
}
