package org.carbonmrv.monitoring.qa;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carbonmrv.api.monitoring.view.QaSummary;
import org.carbonmrv.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/monitoring/projects/{projectId}/reporting-periods/{periodId}/checks")
@Tag(name = "QA/QC checks", description = "the checks a verifier makes, made on the period's data")
public class QaController {

    private final QaReview review;

    QaController(QaReview review) {
        this.review = review;
    }

    record Acknowledge(@NotBlank @Size(max = 4000) String comment) {}

    @GetMapping
    @Operation(summary = "Every finding of the period's checks, with its status and the data it points to")
    QaSummary checks(@PathVariable String projectId, @PathVariable String periodId) {
        return review.summary(Actor.require(), projectId, periodId);
    }

    @PostMapping("/{findingId}/acknowledgement")
    @Operation(summary = "Acknowledge a warning with a comment (critical findings must be fixed, not acknowledged)")
    ResponseEntity<Void> acknowledge(
            @PathVariable String projectId,
            @PathVariable String periodId,
            @PathVariable String findingId,
            @Valid @RequestBody Acknowledge request) {
        review.acknowledge(Actor.require(), projectId, periodId, findingId, request.comment());
        return ResponseEntity.noContent().build();
    }
}
