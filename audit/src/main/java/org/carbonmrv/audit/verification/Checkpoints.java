package org.carbonmrv.audit.verification;

import org.carbonmrv.audit.checkpoint.Checkpoint;
import org.carbonmrv.audit.merkle.Hash;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The signed checkpoints as stored. */
public final class Checkpoints {

    private static final String SELECT =
            "SELECT tree_size, root, chain_head, issued_at, key_id, signature FROM audit_service.checkpoints";

    private Checkpoints() {}

    public static List<Checkpoint> all(Connection connection) throws SQLException {
        return query(connection, SELECT + " ORDER BY tree_size", null);
    }

    public static Optional<Checkpoint> latest(Connection connection) throws SQLException {
        return query(connection, SELECT + " ORDER BY tree_size DESC LIMIT 1", null).stream()
                .findFirst();
    }

    public static Optional<Checkpoint> ofSize(Connection connection, long treeSize) throws SQLException {
        return query(connection, SELECT + " WHERE tree_size = ?", treeSize).stream()
                .findFirst();
    }

    private static List<Checkpoint> query(Connection connection, String sql, Long treeSize) throws SQLException {
        List<Checkpoint> out = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (treeSize != null) {
                select.setLong(1, treeSize);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(new Checkpoint(
                            rows.getLong(1),
                            new Hash(rows.getBytes(2)),
                            new Hash(rows.getBytes(3)),
                            rows.getTimestamp(4).toInstant(),
                            rows.getString(5),
                            rows.getBytes(6)));
                }
            }
        }
        return out;
    }
}
