package org.carbonmrv.auditservice.recomputation;

import org.carbonmrv.audit.recompute.Provenance;
import org.carbonmrv.audit.recompute.Recomputation;
import org.carbonmrv.audit.recompute.Recomputed;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Recomputations in one read-only snapshot of the history: what is compared is one moment's data. */
@Component
class Recomputations {

    private final DataSource dataSource;

    Recomputations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Recomputed> version(String reportId, int version) {
        return read(connection -> Recomputation.of(connection, reportId, version));
    }

    Optional<Provenance.OfSerial> serial(long serial) {
        return read(connection -> Provenance.ofSerial(connection, serial));
    }

    private interface Read<T> {
        T from(Connection connection) throws SQLException;
    }

    private <T> T read(Read<T> read) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return read.from(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the recomputation could not read the history", e);
        }
    }
}
