package org.carbonmrv.monitoring.operatinglog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.monitoring.DowntimeEntry;
import org.carbonmrv.api.monitoring.DowntimeKind;
import org.carbonmrv.api.monitoring.RecordDowntimeCommand;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.monitoring.spreadsheet.SheetCells;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

@RestController
@RequestMapping("/api/monitoring/projects/{projectId}")
@Tag(name = "operating log", description = "shutdowns of destruction units, and the operating days derived from them")
public class OperatingLogController {

    private final ProjectDirectory projects;
    private final CommandGateway commands;
    private final OperatingLogProjection log;

    OperatingLogController(ProjectDirectory projects, CommandGateway commands, OperatingLogProjection log) {
        this.projects = projects;
        this.commands = commands;
        this.log = log;
    }

    record Entry(
            @NotBlank String unitId,
            @NotNull LocalDateTime from,
            @NotNull LocalDateTime to,
            boolean productionStopped,
            @PositiveOrZero Integer statedDurationMinutes,
            String reference,

            @Pattern(regexp = "shutdown|bypass|venting") String kind) {}

    record Shutdowns(@NotEmpty @Valid List<Entry> entries) {}

    record UnitMonth(String unitId, String month, int operatingDays, List<String> fullyDownDays) {}

    @PostMapping(value = "/downtime", consumes = "text/csv")
    @Operation(
            summary =
                    "Import the operating log from CSV: unitId,from,to,productionStopped[,statedDurationMinutes,reference,kind]")
    ResponseEntity<DowntimeChecked> importCsv(
            @PathVariable String projectId,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestBody String csv) {
        return record(projectId, dryRun, new Shutdowns(DowntimeSheet.fromCsv(csv)));
    }

    @PostMapping(value = "/downtime", consumes = SheetCells.MEDIA_TYPE)
    @Operation(summary = "Import the operating log from the first sheet of an XLSX workbook, with the CSV's header row")
    ResponseEntity<DowntimeChecked> importXlsx(
            @PathVariable String projectId,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestBody byte[] workbook) {
        return record(projectId, dryRun, new Shutdowns(DowntimeSheet.fromXlsx(new ByteArrayInputStream(workbook))));
    }

    /** A dry run's answer: the rows checked, and how many of them the log does not have yet. */
    record DowntimeChecked(boolean dryRun, int rowCount, int newEntries) {}

    @PostMapping(value = "/downtime", consumes = "application/json")
    @Operation(
            summary = "Record shutdown periods of destruction units (all or nothing; rows already logged are skipped)")
    ResponseEntity<DowntimeChecked> record(
            @PathVariable String projectId,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @Valid @RequestBody Shutdowns request) {
        ProjectView project = projects.ownedProject(
                Actor.require(),
                projectId,
                "recording the operating log",
                Role.PROJECT_OWNER,
                Role.MONITORING_OPERATOR,
                Role.INTEGRATOR);
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < request.entries().size(); i++) {
            if (!project.facility().hasDestructionUnit(request.entries().get(i).unitId())) {
                problems.add(new FieldProblem(
                        "entries[" + i + "].unitId",
                        "must be a destruction unit of the facility: "
                                + project.facility().destructionUnitIds().toList(),
                        request.entries().get(i).unitId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(
                    "downtime-invalid", 422, "unknown destruction units; nothing was recorded", problems);
        }
        int newEntries = commands.sendAndWait(new RecordDowntimeCommand(
                OperatingLog.idOf(projectId),
                projectId,
                project.timeZone(),
                request.entries().stream()
                        .map(e -> new DowntimeEntry(
                                e.unitId(),
                                e.from(),
                                e.to(),
                                e.productionStopped(),
                                e.statedDurationMinutes(),
                                e.reference(),
                                e.kind() == null ? null : DowntimeKind.of(e.kind())))
                        .toList(),
                dryRun));
        return dryRun
                ? ResponseEntity.ok(new DowntimeChecked(true, request.entries().size(), newEntries))
                : ResponseEntity.noContent().build();
    }

    @GetMapping("/reporting-periods/{periodId}/downtime")
    @Operation(summary = "The shutdowns that touch the reporting period")
    List<DowntimeEntry> downtime(@PathVariable String projectId, @PathVariable String periodId) {
        ReportingPeriodView period = period(projectId, periodId);
        return log.between(
                projectId,
                period.start().atStartOfDay(),
                period.end().plusDays(1).atStartOfDay());
    }

    @GetMapping("/reporting-periods/{periodId}/operating-days")
    @Operation(
            summary =
                    "Operating days per destruction unit and month, derived from the log (a day the unit ran at all counts)")
    List<UnitMonth> operatingDays(@PathVariable String projectId, @PathVariable String periodId) {
        ProjectView project = projects.visibleProject(Actor.require(), projectId);
        ReportingPeriodView period = ProjectDirectory.reportingPeriod(project, periodId);
        List<DowntimeEntry> entries = log.between(
                projectId,
                period.start().atStartOfDay(),
                period.end().plusDays(1).atStartOfDay());
        List<UnitMonth> result = new ArrayList<>();
        project.facility().destructionUnitIds().forEach(unit -> {
            var merged = OperatingDays.merged(entries, unit);
            for (YearMonth m = YearMonth.from(period.start());
                    !m.isAfter(YearMonth.from(period.end()));
                    m = m.plusMonths(1)) {
                var down = OperatingDays.fullyDownDays(merged, m);
                result.add(new UnitMonth(
                        unit,
                        m.toString(),
                        m.lengthOfMonth() - down.size(),
                        down.stream().map(Object::toString).toList()));
            }
        });
        return result;
    }

    private ReportingPeriodView period(String projectId, String periodId) {
        return ProjectDirectory.reportingPeriod(projects.visibleProject(Actor.require(), projectId), periodId);
    }
}
