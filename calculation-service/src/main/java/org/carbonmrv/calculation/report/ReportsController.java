package org.carbonmrv.calculation.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.Methodology;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.Requantification;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calculations/reports")
@Tag(name = "reduction reports", description = "calculation versions and their verification")
class ReportsController {

    private final Reports reports;

    ReportsController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/{reportId}")
    @Operation(summary = "A report with its versions and their results")
    ReductionReportProjection.ReportSummary report(@PathVariable String reportId) {
        return reports.visible(reportId);
    }

    @GetMapping("/{reportId}/versions/{version}")
    @Operation(summary = "One version with its complete input data set, digest, results and trace")
    ReductionReportProjection.VersionDetail version(@PathVariable String reportId, @PathVariable int version) {
        reports.visible(reportId);
        return reports.version(reportId, version);
    }

    @GetMapping("/{reportId}/versions/{version}/requantification")
    @Operation(
            summary =
                    "The version's data set restated under another version of its methodology, figure by figure (nothing is stored or credited)")
    Requantification requantification(
            @PathVariable String reportId, @PathVariable int version, @RequestParam String under) {
        reports.visible(reportId);
        var detail = reports.version(reportId, version);
        Methodology pinned = Reports.methodologyOf(detail);
        Methodology other = MethodologyCatalogue.find(pinned.id(), under)
                .orElseThrow(() -> DomainException.unprocessable(
                        "methodology-unknown",
                        "no version " + under + " of " + pinned.id(),
                        new FieldProblem(
                                "under",
                                "must name a version of " + pinned.id() + " in the catalogue "
                                        + "(/api/calculations/public/methodologies)",
                                under)));
        try {
            return Requantification.of(detail.dataset(), pinned, other);
        } catch (DatasetException e) {
            throw DomainException.unprocessable(
                    "dataset-not-restatable",
                    "the data set cannot be calculated under " + other.key() + ": " + e.getMessage(),
                    FieldProblem.of(e.field(), e.rule()));
        }
    }
}
