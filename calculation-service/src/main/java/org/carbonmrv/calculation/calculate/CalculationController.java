package org.carbonmrv.calculation.calculate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/calculations/reports")
@Tag(name = "reduction reports", description = "calculation versions and their verification")
class CalculationController {

    private final ReductionCalculation calculation;

    CalculationController(ReductionCalculation calculation) {
        this.calculation = calculation;
    }

    record Calculate(@NotBlank String projectId, @NotBlank String reportingPeriodId) {}

    @PostMapping
    @PreAuthorize("hasRole('" + Role.PROJECT_OWNER + "')")
    @Operation(summary = "Calculate a reporting period from its monitored data: a new version of its reduction report")
    ResponseEntity<ReductionCalculation.Calculated> calculate(@Valid @RequestBody Calculate request) {
        var calculated = calculation.calculate(Actor.require(), request.projectId(), request.reportingPeriodId());
        return ResponseEntity.created(URI.create(
                        "/api/calculations/reports/" + calculated.reportId() + "/versions/" + calculated.version()))
                .body(calculated);
    }
}
