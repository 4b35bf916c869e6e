package org.carbonmrv.auditservice.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Walks the whole chain and the checkpoints against the event store as it is now, with the
 * platform's own key, in the background: asked for, it answers 202 with the run to follow. An
 * auditor who does not trust the operator runs {@code ./mrv audit verify} with the public key and
 * a checkpoint it kept.
 */
@RestController
@RequestMapping("/api/audit/verifications")
@Tag(name = "verification", description = "the hash chain and checkpoints checked against the event store")
@PreAuthorize("hasAnyRole('" + Role.AUDITOR + "', '" + Role.REGISTRY_ADMIN + "')")
class VerificationController {

    private final VerificationRuns runs;

    VerificationController(VerificationRuns runs) {
        this.runs = runs;
    }

    @PostMapping
    @Operation(
            summary =
                    "Verify the whole history in the background: 202 with the run (the one running, if any) at its Location")
    ResponseEntity<VerificationRun> verify() {
        VerificationRun run = runs.start(Actor.require().userId());
        return ResponseEntity.accepted()
                .location(URI.create("/api/audit/verifications/" + run.id()))
                .body(run);
    }

    @GetMapping("/{verificationId}")
    @Operation(summary = "A verification run: running, or done with intact or the first event that differs and how")
    VerificationRun run(@PathVariable String verificationId) {
        return runs.find(verificationId)
                .orElseThrow(
                        () -> DomainException.notFound("verification-not-found", "no verification " + verificationId));
    }
}
