package org.carbonmrv.auditservice.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.audit.checkpoint.CheckpointKey;
import org.carbonmrv.audit.verification.ChainVerifier;
import org.carbonmrv.audit.verification.Verification;
import org.carbonmrv.platform.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Walks the whole chain and the checkpoints against the event store as it is now, with the
 * platform's own key. An auditor who does not trust the operator runs {@code ./mrv audit verify}
 * with the public key and a checkpoint it kept.
 */
@RestController
@RequestMapping("/api/audit/verifications")
@Tag(name = "verification", description = "the hash chain and checkpoints checked against the event store")
class VerificationController {

    private final DataSource dataSource;
    private final CheckpointKey key;

    VerificationController(DataSource dataSource, CheckpointKey key) {
        this.dataSource = dataSource;
        this.key = key;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('" + Role.AUDITOR + "', '" + Role.REGISTRY_ADMIN + "')")
    @Operation(summary = "Verify the whole history: intact, or the first event that differs and how")
    Verification verify() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try {
                return new ChainVerifier(key.verifier(), List.of()).verify(connection);
            } finally {
                connection.rollback();
            }
        }
    }
}
