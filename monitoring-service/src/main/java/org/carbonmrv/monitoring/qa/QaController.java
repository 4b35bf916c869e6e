package org.carbonmrv.monitoring.qa;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.monitoring.AcknowledgeQaFindingCommand;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.monitoring.operatinglog.OperatingLogProjection;
import org.carbonmrv.monitoring.plan.MonitoringPlanProjection;
import org.carbonmrv.monitoring.readings.ReusedBatches;
import org.carbonmrv.monitoring.rollup.MonthlyRollup;
import org.carbonmrv.platform.problem.DomainException;
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
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.ParameterDefinition;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/monitoring/projects/{projectId}/reporting-periods/{periodId}/checks")
@Tag(name = "QA/QC checks", description = "the checks a verifier makes, made on the period's data")
public class QaController {

    private final ProjectDirectory projects;
    private final JdbcTemplate jdbc;
    private final OperatingLogProjection operatingLog;
    private final MonitoringPlanProjection plans;
    private final CommandGateway commands;
    private final MonthlyRollup rollup;
    private final ReusedBatches reusedBatches;

    QaController(ProjectDirectory projects, JdbcTemplate jdbc, OperatingLogProjection operatingLog,
                 MonitoringPlanProjection plans, CommandGateway commands, MonthlyRollup rollup, ReusedBatches reusedBatches) {
        this.rollup = rollup;
        this.reusedBatches = reusedBatches;
        this.projects = projects;
        this.jdbc = jdbc;
        this.operatingLog = operatingLog;
        this.plans = plans;
        this.commands = commands;
    }

    record CheckedFinding(String id, String check, Severity severity, String status, String subject, String message,
                          Map<String, String> data, MonitoringPlanProjection.Acknowledgement acknowledgement) {
    }

    record Summary(long critical, long openWarnings, long acknowledged, long accepted, List<CheckedFinding> findings) {
    }

    record Acknowledge(@NotBlank @Size(max = 4000) String comment) {
    }

    @GetMapping
    @Operation(summary = "Every finding of the period's checks, with its status and the data it points to")
    Summary checks(@PathVariable String projectId, @PathVariable String periodId) {
        ProjectView project = projects.visibleProject(Actor.require(), projectId);
        ReportingPeriodView period = ProjectDirectory.reportingPeriod(project, periodId);
        var acknowledgements = plans.acknowledgements(projectId, periodId);
        List<CheckedFinding> findings = QaChecks.run(input(project, period)).stream().map(f -> {
            var ack = acknowledgements.get(f.id());
            Finding shown = ack == null ? f : f.acknowledged();
            return new CheckedFinding(shown.id(), shown.check(), shown.severity(), shown.status(), shown.subject(),
                    shown.message(), shown.data(), ack);
        }).toList();
        return new Summary(
                findings.stream().filter(f -> f.severity() == Severity.CRITICAL).count(),
                findings.stream().filter(f -> f.severity() == Severity.WARNING && f.status().equals("OPEN")).count(),
                findings.stream().filter(f -> f.status().equals("ACKNOWLEDGED")).count(),
                findings.stream().filter(f -> f.status().equals("ACCEPTED")).count(),
                findings);
    }

    @PostMapping("/{findingId}/acknowledgement")
    @Operation(summary = "Acknowledge a warning with a comment (critical findings must be fixed, not acknowledged)")
    ResponseEntity<Void> acknowledge(@PathVariable String projectId, @PathVariable String periodId,
                                     @PathVariable String findingId, @Valid @RequestBody Acknowledge request) {
        ProjectView project = projects.ownedProject(Actor.require(), projectId, "acknowledging QA warnings",
                Role.PROJECT_OWNER);
        ReportingPeriodView period = ProjectDirectory.reportingPeriod(project, periodId);
        Finding finding = QaChecks.run(input(project, period)).stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("finding-not-found", "no current finding " + findingId));
        if (finding.severity() != Severity.WARNING) {
            throw DomainException.unprocessable("finding-not-acknowledgeable",
                    "only warnings are acknowledged; a " + finding.severity() + " finding must be resolved in the data");
        }
        commands.sendAndWait(new AcknowledgeQaFindingCommand("monitoring-plan:" + projectId, projectId, periodId,
                findingId, finding.check(), finding.subject(), request.comment()));
        return ResponseEntity.noContent().build();
    }

    private QaInput input(ProjectView project, ReportingPeriodView period) {
        Map<String, Map<String, Map<YearMonth, BigDecimal>>> totals = new HashMap<>();
        Map<String, Map<String, Map<YearMonth, Long>>> counts = new HashMap<>();
        rollup.ofPeriod(project.id(), period.id()).stream().filter(t -> t.key().month() != null).forEach(t -> {
            totals.computeIfAbsent(t.key().parameter(), k -> new HashMap<>())
                    .computeIfAbsent(t.key().source(), k -> new HashMap<>()).put(t.key().month(), t.total());
            counts.computeIfAbsent(t.key().parameter(), k -> new HashMap<>())
                    .computeIfAbsent(t.key().source(), k -> new HashMap<>()).put(t.key().month(), t.count());
        });
        return new QaInput(period.start(), period.end(), project.facility().destructionUnitIds().toList(), totals,
                counts,
                operatingLog.between(project.id(), period.start().atStartOfDay(), period.end().plusDays(1).atStartOfDay()),
                plans.meterCalibrations(project.id()), valuesWhileDown(project, period), outOfRange(project, period),
                reusedBatches.of(project.id(), period.id()));
    }

    /** Sub-daily readings of destruction-unit parameters that lie wholly in a logged shutdown of their unit. */
    private List<QaInput.ValuesWhileDown> valuesWhileDown(ProjectView project, ReportingPeriodView period) {
        String[] unitParameters = MethodologyCatalogue.pinnedBy(project).parameters().stream()
                .filter(p -> p.sourceKind() == ParameterDefinition.SourceKind.DESTRUCTION_UNIT
                        && p.scope() == ParameterDefinition.Scope.MONTH)
                .map(ParameterDefinition::id).toArray(String[]::new);
        return jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    SELECT r.parameter, r.source, count(*) AS n, sum(r.effective_value) AS total, min(r.starts_at) AS first
                    FROM effective_readings r
                    JOIN downtime d ON d.project_id = r.project_id AND d.unit_id = r.source
                     AND (d.starts_local AT TIME ZONE ?) <= r.starts_at AND (d.ends_local AT TIME ZONE ?) >= r.ends_at
                    WHERE r.project_id = ? AND r.period_id = ? AND r.effective_value > 0
                      AND r.ends_at - r.starts_at < interval '1 day' AND r.parameter = ANY(?)
                    GROUP BY r.parameter, r.source""");
            statement.setString(1, project.timeZone());
            statement.setString(2, project.timeZone());
            statement.setString(3, project.id());
            statement.setString(4, period.id());
            statement.setArray(5, con.createArrayOf("text", unitParameters));
            return statement;
        }, (rs, i) -> new QaInput.ValuesWhileDown(rs.getString("parameter"), rs.getString("source"), rs.getLong("n"),
                rs.getBigDecimal("total"), rs.getTimestamp("first").toInstant().toString()));
    }

    /** Readings outside the plausible range of the plan in force. */
    private List<QaInput.OutOfRange> outOfRange(ProjectView project, ReportingPeriodView period) {
        List<QaInput.OutOfRange> found = new ArrayList<>();
        plans.latest(project.id()).ifPresent(plan -> plan.parameters().stream()
                .filter(p -> p.plausibleMinimum() != null || p.plausibleMaximum() != null)
                .forEach(p -> found.addAll(jdbc.query("""
                                SELECT parameter, source, count(*) AS n, min(effective_value) AS low, max(effective_value) AS high
                                FROM effective_readings
                                WHERE project_id = ? AND period_id = ? AND parameter = ?
                                  AND (effective_value < COALESCE(?::numeric, effective_value)
                                       OR effective_value > COALESCE(?::numeric, effective_value))
                                GROUP BY parameter, source""",
                        (rs, i) -> new QaInput.OutOfRange(rs.getString("parameter"), rs.getString("source"), rs.getLong("n"),
                                rs.getBigDecimal("low"), rs.getBigDecimal("high"), p.plausibleMinimum(), p.plausibleMaximum()),
                        project.id(), period.id(), p.id(), p.plausibleMinimum(), p.plausibleMaximum()))));
        return found;
    }
}
