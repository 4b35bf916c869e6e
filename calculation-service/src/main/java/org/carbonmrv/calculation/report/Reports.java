package org.carbonmrv.calculation.report;

import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.methodology.Methodology;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Finding a report and its versions for a caller: the one place that says which report a caller
 * may read (whoever may see its project) and what an unknown one answers.
 */
@Component
public class Reports {

    private final ReductionReportProjection reports;
    private final ProjectDirectory projects;

    Reports(ReductionReportProjection reports, ProjectDirectory projects) {
        this.reports = reports;
        this.projects = projects;
    }

    /** One report per project and reporting period, whoever asks first. */
    public static String reportIdOf(String projectId, String periodId) {
        return UUID.nameUUIDFromBytes(
                        ("reduction-report:" + projectId + ":" + periodId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * The report if the caller may see its project and its reporting period (a verifier sees the
     * periods it is assigned to); 404 otherwise, as for a report that does not exist.
     */
    public ReductionReportProjection.ReportSummary visible(String reportId) {
        var report = existing(reportId);
        ProjectView project = projects.visibleProject(Actor.require(), report.projectId());
        if (project.reportingPeriod(report.reportingPeriodId()).isEmpty()) {
            throw DomainException.notFound("report-not-found", "no report " + reportId);
        }
        return report;
    }

    /** The reports of a project the caller may see, of the reporting periods the caller sees. */
    public List<ReductionReportProjection.ReportListing> ofProject(String projectId) {
        ProjectView project = projects.visibleProject(Actor.require(), projectId);
        return reports.ofProject(projectId).stream()
                .filter(r -> project.reportingPeriod(r.reportingPeriodId()).isPresent())
                .toList();
    }

    /** The report whoever asks: for a verifier's decision, where one who is not assigned is refused with 403 later. */
    public ReductionReportProjection.ReportSummary existing(String reportId) {
        return reports.find(reportId)
                .orElseThrow(() -> DomainException.notFound("report-not-found", "no report " + reportId));
    }

    public ReductionReportProjection.VersionDetail version(String reportId, int version) {
        return reports.version(reportId, version)
                .orElseThrow(() -> DomainException.notFound(
                        "version-not-found", "report " + reportId + " has no version " + version));
    }

    public int latestVersion(String reportId) {
        return reports.latestVersion(reportId).orElseThrow();
    }

    public static Methodology methodologyOf(ReductionReportProjection.VersionDetail version) {
        return MethodologyCatalogue.byKey(version.methodology())
                .orElseThrow(() -> new IllegalStateException(
                        "a stored version under an unknown methodology " + version.methodology()));
    }
}
