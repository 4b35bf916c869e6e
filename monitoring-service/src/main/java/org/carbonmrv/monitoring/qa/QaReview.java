package org.carbonmrv.monitoring.qa;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.monitoring.AcknowledgeQaFindingCommand;
import org.carbonmrv.api.monitoring.CriticalQaFinding;
import org.carbonmrv.api.monitoring.view.QaFindingStatus;
import org.carbonmrv.api.monitoring.view.QaFindingView;
import org.carbonmrv.api.monitoring.view.QaSeverity;
import org.carbonmrv.api.monitoring.view.QaSummary;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.monitoring.operatinglog.OperatingLogProjection;
import org.carbonmrv.monitoring.plan.MonitoringPlanProjection;
import org.carbonmrv.monitoring.plan.PlanInForce;
import org.carbonmrv.monitoring.rollup.MonthlyRollup;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The QA review of a reporting period: the checks run on its data as it stands, each finding with
 * its acknowledgement, and the owner's acknowledgement of a warning. Nothing about a finding is
 * stored but its acknowledgement: the checks run afresh on every read.
 */
@Service
public class QaReview {

    private final ProjectDirectory projects;
    private final OperatingLogProjection operatingLog;
    private final MonitoringPlanProjection plans;
    private final CommandGateway commands;
    private final MonthlyRollup rollup;
    private final QaReadings readings;

    QaReview(
            ProjectDirectory projects,
            OperatingLogProjection operatingLog,
            MonitoringPlanProjection plans,
            CommandGateway commands,
            MonthlyRollup rollup,
            QaReadings readings) {
        this.projects = projects;
        this.operatingLog = operatingLog;
        this.plans = plans;
        this.commands = commands;
        this.rollup = rollup;
        this.readings = readings;
    }

    QaSummary summary(Actor reader, String projectId, String periodId) {
        ProjectView project = projects.visibleProject(reader, projectId);
        ReportingPeriodView period = ProjectDirectory.reportingPeriod(project, periodId);
        var acknowledgements = plans.acknowledgements(projectId, periodId);
        List<QaFindingView> findings = QaChecks.run(input(project, period)).stream()
                .map(f -> {
                    var ack = acknowledgements.get(f.id());
                    Finding shown = ack == null ? f : f.acknowledged();
                    return new QaFindingView(
                            shown.id(),
                            shown.check(),
                            shown.severity(),
                            shown.status(),
                            shown.subject(),
                            shown.message(),
                            shown.data(),
                            ack);
                })
                .toList();
        return new QaSummary(
                findings.stream()
                        .filter(f -> f.severity() == QaSeverity.CRITICAL)
                        .count(),
                findings.stream()
                        .filter(f -> f.severity() == QaSeverity.WARNING && f.status() == QaFindingStatus.OPEN)
                        .count(),
                findings.stream()
                        .filter(f -> f.status() == QaFindingStatus.ACKNOWLEDGED)
                        .count(),
                findings.stream()
                        .filter(f -> f.status() == QaFindingStatus.ACCEPTED)
                        .count(),
                findings);
    }

    /** The critical findings of the checks as they run now, for the critical findings review (package criticalfindings). */
    public List<CriticalQaFinding> critical(ProjectView project, ReportingPeriodView period) {
        return QaChecks.run(input(project, period)).stream()
                .filter(f -> f.severity() == QaSeverity.CRITICAL)
                .map(f -> new CriticalQaFinding(f.id(), f.check(), f.subject(), f.message(), f.data()))
                .toList();
    }

    /** Only a current warning is acknowledged: a critical finding must be resolved in the data. */
    void acknowledge(Actor owner, String projectId, String periodId, String findingId, String comment) {
        ProjectView project = projects.ownedProject(owner, projectId, "acknowledging QA warnings", Role.PROJECT_OWNER);
        ReportingPeriodView period = ProjectDirectory.reportingPeriod(project, periodId);
        Finding finding = QaChecks.run(input(project, period)).stream()
                .filter(f -> f.id().equals(findingId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("finding-not-found", "no current finding " + findingId));
        if (finding.severity() != QaSeverity.WARNING) {
            throw DomainException.unprocessable(
                    "finding-not-acknowledgeable",
                    "only warnings are acknowledged; a " + finding.severity()
                            + " finding must be resolved in the data");
        }
        commands.sendAndWait(new AcknowledgeQaFindingCommand(
                "monitoring-plan:" + projectId,
                projectId,
                periodId,
                findingId,
                finding.check(),
                finding.subject(),
                comment));
    }

    /** Readings outside the plausible ranges of the plan version in force when each was taken. */
    private List<QaInput.OutOfRange> outOfRange(ProjectView project, ReportingPeriodView period) {
        List<QaInput.OutOfRange> found = new ArrayList<>();
        for (PlanInForce version : plans.inForce(project.id())) {
            if (version.overlaps(period.start(), period.end())) {
                found.addAll(readings.outOfRange(project, period.id(), version));
            }
        }
        return found;
    }

    private QaInput input(ProjectView project, ReportingPeriodView period) {
        Map<String, Map<String, Map<YearMonth, BigDecimal>>> totals = new HashMap<>();
        Map<String, Map<String, Map<YearMonth, Long>>> counts = new HashMap<>();
        rollup.ofPeriod(project.id(), period.id()).stream()
                .filter(t -> t.key().month() != null)
                .forEach(t -> {
                    totals.computeIfAbsent(t.key().parameter(), k -> new HashMap<>())
                            .computeIfAbsent(t.key().source(), k -> new HashMap<>())
                            .put(t.key().month(), t.total());
                    counts.computeIfAbsent(t.key().parameter(), k -> new HashMap<>())
                            .computeIfAbsent(t.key().source(), k -> new HashMap<>())
                            .put(t.key().month(), t.count());
                });
        String[] unitParameters = MethodologyCatalogue.pinnedBy(project).parameters().stream()
                .filter(p -> p.sourceKind() == ParameterDefinition.SourceKind.DESTRUCTION_UNIT
                        && p.scope() == ParameterDefinition.Scope.MONTH)
                .map(ParameterDefinition::id)
                .toArray(String[]::new);
        return new QaInput(
                period.start(),
                period.end(),
                project.facility().destructionUnitIds().toList(),
                totals,
                counts,
                operatingLog.between(
                        project.id(),
                        period.start().atStartOfDay(),
                        period.end().plusDays(1).atStartOfDay()),
                plans.meterCalibrations(project.id()),
                readings.valuesWhileDown(project, period, unitParameters),
                outOfRange(project, period),
                readings.reusedBatches(project.id(), period.id()),
                readings.loggerHours(project.id(), period.id(), period.start()));
    }
}
