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
import java.util.HashMap;
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

    QaController(ProjectDirectory projects, JdbcTemplate jdbc, OperatingLogProjection operatingLog,
                 MonitoringPlanProjection plans, CommandGateway commands) {
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
        ReportingPeriodView period = period(project, periodId);
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
        Actor actor = Actor.require();
        ProjectView project = projects.visibleProject(actor, projectId);
        if (!actor.belongsTo(project.ownerOrganisation()) || !actor.hasAnyRole(Role.PROJECT_OWNER, Role.MONITORING_OPERATOR)) {
            throw DomainException.forbidden("not-project-owner", "the owner organisation acknowledges its QA warnings");
        }
        ReportingPeriodView period = period(project, periodId);
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
        jdbc.query("""
                        SELECT parameter, source, month, sum(effective_value) AS total FROM effective_readings
                        WHERE project_id = ? AND period_id = ? AND month IS NOT NULL
                        GROUP BY parameter, source, month""",
                rs -> {
                    totals.computeIfAbsent(rs.getString("parameter"), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString("source"), k -> new HashMap<>())
                            .put(YearMonth.parse(rs.getString("month").trim()), rs.getBigDecimal("total"));
                }, project.id(), period.id());
        return new QaInput(period.start(), period.end(), project.facility().destructionUnitIds().toList(), totals,
                operatingLog.between(project.id(), period.start().atStartOfDay(), period.end().plusDays(1).atStartOfDay()),
                plans.meterCalibrations(project.id()));
    }

    private static ReportingPeriodView period(ProjectView project, String periodId) {
        return project.reportingPeriod(periodId)
                .orElseThrow(() -> DomainException.notFound("reporting-period-not-found", "no reporting period " + periodId));
    }
}
