package org.carbonmrv.calculation.verification;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.calculation.AnswerFindingCommand;
import org.carbonmrv.api.calculation.ApproveReductionReportCommand;
import org.carbonmrv.api.calculation.CloseFindingCommand;
import org.carbonmrv.api.calculation.FindingKind;
import org.carbonmrv.api.calculation.RaiseFindingCommand;
import org.carbonmrv.api.calculation.RejectReductionReportCommand;
import org.carbonmrv.api.calculation.SubmitReportForVerificationCommand;
import org.carbonmrv.api.monitoring.view.QaSeverity;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.calculation.monitoring.MonitoredData;
import org.carbonmrv.calculation.report.ReductionReportProjection;
import org.carbonmrv.calculation.report.Reports;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * A report's way through verification: the owner submits a version, the verifier assigned to its
 * reporting period raises findings, the owner answers them, and the verifier closes them and
 * approves or rejects. Who may do each step is decided here; the aggregate keeps the order.
 */
@Service
class Verification {

    private final CommandGateway commands;
    private final ProjectDirectory projects;
    private final MonitoredData monitoredData;
    private final Reports reports;

    Verification(CommandGateway commands, ProjectDirectory projects, MonitoredData monitoredData, Reports reports) {
        this.commands = commands;
        this.projects = projects;
        this.monitoredData = monitoredData;
        this.reports = reports;
    }

    /** The owner submits a version: refused while a critical QA finding is open or its data set is another project's. */
    void submit(Actor owner, String reportId, int version) {
        var report = reports.visible(reportId);
        requireOwner(owner, report, "only the owner organisation submits its report");
        var checks = monitoredData.checks(owner, report.projectId(), report.reportingPeriodId());
        if (checks.critical() > 0) {
            throw new DomainException(
                    "critical-qa-findings",
                    409,
                    checks.critical()
                            + " critical QA finding(s) are open for this reporting period; resolve them in the monitoring data first",
                    checks.findings().stream()
                            .filter(f -> f.severity() == QaSeverity.CRITICAL)
                            .map(f -> new FieldProblem("checks/" + f.id(), f.message(), f.subject()))
                            .toList());
        }
        refuseDatasetOfAnotherProject(reports.version(reportId, version));
        commands.sendAndWait(new SubmitReportForVerificationCommand(reportId, version));
    }

    void approve(Actor verifier, String reportId, int version) {
        var report = reports.existing(reportId);
        String assigned = assignedVerifier(verifier, report);
        refuseDatasetOfAnotherProject(reports.version(reportId, version));
        commands.sendAndWait(new ApproveReductionReportCommand(reportId, version, verifier.organisation(), assigned));
    }

    void reject(Actor verifier, String reportId, int version, String reason) {
        var report = reports.existing(reportId);
        commands.sendAndWait(new RejectReductionReportCommand(
                reportId, version, reason, verifier.organisation(), assignedVerifier(verifier, report)));
    }

    /** @return the new finding's id */
    String raiseFinding(Actor verifier, String reportId, FindingKind kind, String subject, String text) {
        var report = reports.existing(reportId);
        String findingId = UUID.randomUUID().toString();
        commands.sendAndWait(new RaiseFindingCommand(
                reportId, findingId, kind, subject, text, verifier.organisation(), assignedVerifier(verifier, report)));
        return findingId;
    }

    void answerFinding(Actor owner, String reportId, String findingId, String text) {
        var report = reports.visible(reportId);
        requireOwner(owner, report, "only the owner organisation answers findings");
        commands.sendAndWait(new AnswerFindingCommand(reportId, findingId, text));
    }

    void closeFinding(Actor verifier, String reportId, String findingId, String text) {
        var report = reports.existing(reportId);
        commands.sendAndWait(new CloseFindingCommand(
                reportId, findingId, text, verifier.organisation(), assignedVerifier(verifier, report)));
    }

    private static void requireOwner(Actor caller, ReductionReportProjection.ReportSummary report, String rule) {
        if (!caller.belongsTo(report.ownerOrganisation())) {
            throw DomainException.forbidden("not-project-owner", rule);
        }
    }

    /** A verifier who may not see the project (not assigned) is refused, never told more. */
    private String assignedVerifier(Actor verifier, ReductionReportProjection.ReportSummary report) {
        try {
            return projects.visibleProject(verifier, report.projectId())
                    .reportingPeriod(report.reportingPeriodId())
                    .map(ReportingPeriodView::verifierOrganisation)
                    .orElse(null);
        } catch (DomainException notVisible) {
            if (notVisible.status() >= 500) {
                throw notVisible; // the project-service is unreachable: that is not a refusal
            }
            throw DomainException.forbidden(
                    "not-assigned-verifier",
                    "only the verifier organisation assigned to this reporting period may decide on its report");
        }
    }

    /** A data set that another project's report was calculated from is a critical finding: it cannot be submitted or approved. */
    private static void refuseDatasetOfAnotherProject(ReductionReportProjection.VersionDetail version) {
        if (version.otherProjectsWithDataset() > 0) {
            throw new DomainException(
                    "dataset-of-another-project",
                    409,
                    "version " + version.version() + " was calculated from "
                            + "data set " + version.datasetDigest() + ", from which "
                            + version.otherProjectsWithDataset()
                            + " other project(s) were calculated too: the same monitoring data cannot be credited twice",
                    List.of(new FieldProblem(
                            "version",
                            "critical: its data set is another project's",
                            String.valueOf(version.version()))));
        }
    }
}
