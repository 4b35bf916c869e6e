package org.carbonmrv.auditservice;

import org.carbonmrv.audit.seal.Sealed;
import org.carbonmrv.audit.seal.Sealer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sealing in tests, where the service's own background work (history index, notifications,
 * webhooks, feeds) keeps short transactions open beside the test's: any of them holds the sealing
 * horizon back, and an event the test just wrote would be sealed one sealing late.
 */
public final class TestSealing {

    private TestSealing() {}

    /** One sealing that covers every transaction ended before it was asked for. */
    public static Sealed sealWhatHasEnded(DataSource dataSource, Sealer sealer) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            long asked = number(connection, "SELECT pg_current_xact_id()::text::bigint");
            for (int tries = 0;
                    tries < 400
                            && number(connection, "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                                    <= asked;
                    tries++) {
                Thread.sleep(25);
            }
        }
        return sealNow(dataSource, sealer);
    }

    /** One sealing now, whatever transactions still run. */
    public static Sealed sealNow(DataSource dataSource, Sealer sealer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            return sealer.sealOnce(connection);
        }
    }

    private static long number(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
