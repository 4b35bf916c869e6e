package org.carbonmrv.calculation.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "reduction reports", description = "calculation versions and their verification")
class ProjectReportsController {

    private final Reports reports;

    ProjectReportsController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/calculations/projects/{projectId}/reports")
    @Operation(
            summary = "The reports of a project the caller may see, one per reporting period the caller sees "
                    + "(a verifier: those it is assigned to), with where each stands")
    List<ReductionReportProjection.ReportListing> ofProject(@PathVariable String projectId) {
        return reports.ofProject(projectId);
    }
}
