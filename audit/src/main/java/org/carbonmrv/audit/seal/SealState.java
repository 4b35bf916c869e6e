package org.carbonmrv.audit.seal;

import org.carbonmrv.audit.chain.ChainLink;
import org.carbonmrv.audit.merkle.Hash;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/** Where the last sealing left off: its batch and the one before, the chain's head, the last checkpoint. */
record SealState(
        long batches,
        String horizon,
        Long lastXmax,
        Long issuedTwoBatchesAgo,
        long treeSize,
        Hash head,
        long checkpointSize,
        Instant checkpointAt) {

    static SealState read(Connection connection) throws SQLException {
        long batches = 0;
        String horizon = null;
        Long lastXmax = null;
        Long issuedTwoBatchesAgo = null;
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT batch_no, horizon::text, snapshot_xmax::text, issued_before"
                                + " FROM audit_service.seal_batches ORDER BY batch_no DESC LIMIT 2")) {
            if (rows.next()) {
                batches = rows.getLong(1);
                horizon = rows.getString(2);
                lastXmax = Long.parseLong(rows.getString(3));
                if (rows.next()) {
                    issuedTwoBatchesAgo = rows.getLong(4);
                }
            }
        }
        long size = 0;
        Hash head = ChainLink.GENESIS;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT position, link FROM audit_service.sealed_events ORDER BY position DESC LIMIT 1")) {
            if (row.next()) {
                size = row.getLong(1) + 1;
                head = new Hash(row.getBytes(2));
            }
        }
        long checkpointSize = 0;
        Instant checkpointAt = null;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT tree_size, issued_at FROM audit_service.checkpoints ORDER BY tree_size DESC LIMIT 1")) {
            if (row.next()) {
                checkpointSize = row.getLong(1);
                Timestamp at = row.getTimestamp(2);
                checkpointAt = at.toInstant();
            }
        }
        return new SealState(batches, horizon, lastXmax, issuedTwoBatchesAgo, size, head, checkpointSize, checkpointAt);
    }

    /**
     * Why an event cannot be sealed, or null. An index handed out before the batch two back, in a
     * transaction begun after the last batch's snapshot, means a full sealing interval between
     * taking the index and writing the row in one INSERT: the row was put there by hand, into the
     * history already sealed.
     */
    String refusalOf(long globalIndex, String committedBy) {
        if (issuedTwoBatchesAgo == null || lastXmax == null) {
            return null;
        }
        long transaction = Long.parseLong(committedBy);
        if (globalIndex <= issuedTwoBatchesAgo && transaction >= lastXmax) {
            return "global index " + globalIndex + " was handed out before seal batch " + (batches - 1)
                    + " (which saw indexes up to " + issuedTwoBatchesAgo + "), but the transaction that wrote it ("
                    + transaction + ") began after seal batch " + batches + ": inserted into the sealed history";
        }
        return null;
    }
}
