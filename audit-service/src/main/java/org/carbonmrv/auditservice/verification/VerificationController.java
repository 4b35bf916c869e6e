package org.carbonmrv.auditservice.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.audit.verification.Verification;
import org.carbonmrv.platform.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Walks the whole chain and the checkpoints against the event store as it is now, with the
 * platform's own key. An auditor who does not trust the operator runs {@code ./mrv audit verify}
 * with the public key and a checkpoint it kept.
 */
@RestController
@RequestMapping("/api/audit/verifications")
@Tag(name = "verification", description = "the hash chain and checkpoints checked against the event store")
class VerificationController {

    private final HistoryVerification verification;

    VerificationController(HistoryVerification verification) {
        this.verification = verification;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('" + Role.AUDITOR + "', '" + Role.REGISTRY_ADMIN + "')")
    @Operation(summary = "Verify the whole history: intact, or the first event that differs and how")
    Verification verify() {
        return verification.run();
    }
}
