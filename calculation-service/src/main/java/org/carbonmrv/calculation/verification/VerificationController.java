package org.carbonmrv.calculation.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carbonmrv.api.calculation.FindingKind;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calculations/reports/{reportId}")
@Tag(name = "reduction reports", description = "calculation versions and their verification")
class VerificationController {

    private final Verification verification;

    VerificationController(Verification verification) {
        this.verification = verification;
    }

    record VersionRef(@Min(1) int version) {}

    record Rejection(
            @Min(1) int version, @NotBlank @Size(max = 4000) String reason) {}

    record RaiseFinding(
            @NotNull FindingKind kind,
            @NotBlank @Size(max = 300) String subject,
            @NotBlank @Size(max = 8000) String text) {}

    record FindingText(@NotBlank @Size(max = 8000) String text) {}

    record FindingRaised(String findingId) {}

    @PostMapping("/submission")
    @PreAuthorize("hasRole('" + Role.PROJECT_OWNER + "')")
    @Operation(summary = "The owner submits one version for verification")
    ResponseEntity<Void> submit(@PathVariable String reportId, @Valid @RequestBody VersionRef request) {
        verification.submit(Actor.require(), reportId, request.version());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/approval")
    @PreAuthorize("hasRole('" + Role.VERIFIER + "')")
    @Operation(summary = "The assigned verifier approves the submitted version")
    ResponseEntity<Void> approve(@PathVariable String reportId, @Valid @RequestBody VersionRef request) {
        verification.approve(Actor.require(), reportId, request.version());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/rejection")
    @PreAuthorize("hasRole('" + Role.VERIFIER + "')")
    @Operation(summary = "The assigned verifier rejects the submitted version, with a reason")
    ResponseEntity<Void> reject(@PathVariable String reportId, @Valid @RequestBody Rejection request) {
        verification.reject(Actor.require(), reportId, request.version(), request.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/findings")
    @PreAuthorize("hasRole('" + Role.VERIFIER + "')")
    @Operation(summary = "The assigned verifier raises a finding on the version under verification")
    ResponseEntity<FindingRaised> raiseFinding(
            @PathVariable String reportId, @Valid @RequestBody RaiseFinding request) {
        String findingId =
                verification.raiseFinding(Actor.require(), reportId, request.kind(), request.subject(), request.text());
        return ResponseEntity.status(201).body(new FindingRaised(findingId));
    }

    @PostMapping("/findings/{findingId}/answer")
    @PreAuthorize("hasRole('" + Role.PROJECT_OWNER + "')")
    @Operation(summary = "The owner answers a finding")
    ResponseEntity<Void> answerFinding(
            @PathVariable String reportId, @PathVariable String findingId, @Valid @RequestBody FindingText request) {
        verification.answerFinding(Actor.require(), reportId, findingId, request.text());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/findings/{findingId}/closure")
    @PreAuthorize("hasRole('" + Role.VERIFIER + "')")
    @Operation(summary = "The assigned verifier closes a finding")
    ResponseEntity<Void> closeFinding(
            @PathVariable String reportId, @PathVariable String findingId, @Valid @RequestBody FindingText request) {
        verification.closeFinding(Actor.require(), reportId, findingId, request.text());
        return ResponseEntity.noContent().build();
    }
}
