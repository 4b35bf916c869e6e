package org.carbonmrv.auditservice.verification;

import org.carbonmrv.audit.checkpoint.CheckpointKey;
import org.carbonmrv.audit.verification.ChainVerifier;
import org.carbonmrv.audit.verification.Verification;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The whole chain walked in one read-only transaction, so the history it checks is one snapshot. */
@Component
class HistoryVerification {

    private final DataSource dataSource;
    private final CheckpointKey key;

    HistoryVerification(DataSource dataSource, CheckpointKey key) {
        this.dataSource = dataSource;
        this.key = key;
    }

    Verification run() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try {
                return new ChainVerifier(key.verifier(), List.of()).verify(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the verification could not read the history", e);
        }
    }
}
