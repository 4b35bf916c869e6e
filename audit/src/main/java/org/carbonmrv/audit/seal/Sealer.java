package org.carbonmrv.audit.seal;

import org.carbonmrv.audit.chain.ChainLink;
import org.carbonmrv.audit.chain.EventDigests;
import org.carbonmrv.audit.chain.StoredEvent;
import org.carbonmrv.audit.checkpoint.Checkpoint;
import org.carbonmrv.audit.checkpoint.CheckpointKey;
import org.carbonmrv.audit.merkle.CompactRange;
import org.carbonmrv.audit.merkle.Hash;
import org.carbonmrv.audit.merkle.MerkleHashes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Seals the event store in commit order: each sealing takes the transactions that have ended
 * since the last one (all ids below PostgreSQL's snapshot horizon), links their events into the
 * chain in global-index order, adds them to the Merkle tree and, when the policy says so, signs a
 * checkpoint. A transaction still running holds the horizon back, so an event can never be sealed
 * after one that committed later than it: there are no gaps to wait out.
 *
 * <p>One sealer at a time (an advisory lock); any number of instances may try.
 */
public final class Sealer {

    private static final long LOCK = 727013;

    private final CheckpointKey key;
    private final SealingPolicy policy;
    private final Clock clock;

    public Sealer(CheckpointKey key, SealingPolicy policy, Clock clock) {
        this.key = key;
        this.policy = policy;
        this.clock = clock;
    }

    /** One sealing in its own transaction on {@code connection}, which must not be in auto-commit. */
    public Sealed sealOnce(Connection connection) throws SQLException {
        try {
            Sealed sealed = seal(connection);
            connection.commit();
            return sealed;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private Sealed seal(Connection connection) throws SQLException {
        if (!tryLock(connection)) {
            return Sealed.nothing(-1);
        }
        SealState state = SealState.read(connection);
        // read before the snapshot: every index handed out so far belongs to a transaction the snapshot sees as begun
        long issuedBefore = lastIssuedIndex(connection);
        String horizon;
        String xmax;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT pg_snapshot_xmin(s)::text, pg_snapshot_xmax(s)::text FROM pg_current_snapshot() s")) {
            row.next();
            horizon = row.getString(1);
            xmax = row.getString(2);
        }
        // as PostgreSQL keeps it, so that the signed text can be rebuilt from the stored row
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Batch batch = new Batch(connection, state, state.batches() + 1)) {
            if (state.horizon() == null || !state.horizon().equals(horizon)) {
                sealEvents(connection, state, horizon, batch);
            }
            if (batch.sealedCount() > 0 || batch.refusedCount() > 0) {
                batch.finish(horizon, xmax, issuedBefore, now);
            }
            long size = batch.treeSize();
            boolean due = size - state.checkpointSize() >= policy.events()
                    || state.checkpointAt() == null
                    || !now.isBefore(state.checkpointAt().plus(policy.after()));
            if (size > state.checkpointSize() && due) {
                checkpoint(connection, size, batch.root(), batch.head(), now);
                return new Sealed(batch.sealedCount(), batch.refusedCount(), size, true);
            }
            return new Sealed(batch.sealedCount(), batch.refusedCount(), size, false);
        }
    }

    private void sealEvents(Connection connection, SealState state, String horizon, Batch batch) throws SQLException {
        String lower = state.horizon() == null ? "" : " AND e.committed_by >= ?::xid8";
        try (PreparedStatement select =
                connection.prepareStatement("SELECT e.committed_by::text, " + StoredEvents.COLUMNS
                        + " FROM eventstore.domain_event_entry e WHERE e.committed_by < ?::xid8" + lower
                        + " ORDER BY e.global_index")) {
            select.setFetchSize(1000);
            select.setString(1, horizon);
            if (state.horizon() != null) {
                select.setString(2, state.horizon());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    StoredEvent event = StoredEvents.read(rows, 2);
                    String refusal = state.refusalOf(event.globalIndex(), rows.getString(1));
                    if (refusal != null) {
                        batch.refuse(event.globalIndex(), refusal);
                    } else {
                        batch.seal(event);
                    }
                }
            }
        }
    }

    private void checkpoint(Connection connection, long size, Hash root, Hash head, Instant now) throws SQLException {
        Checkpoint checkpoint = key.sign(size, root, head, now);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_service.checkpoints"
                + " (tree_size, root, chain_head, issued_at, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, size);
            insert.setBytes(2, root.bytes());
            insert.setBytes(3, head.bytes());
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setString(5, checkpoint.keyId());
            insert.setBytes(6, checkpoint.signature());
            insert.executeUpdate();
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_try_advisory_xact_lock(" + LOCK + ")")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static long lastIssuedIndex(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM eventstore.domain_event_entry_global_index_seq")) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * The links, nodes and refusals of one sealing, written in JDBC batches as they come. The tree's
     * edge is read only when there is something to add, or a root to sign.
     */
    private static final class Batch implements AutoCloseable {

        private static final int FLUSH = 1000;

        private final Connection connection;
        private final SealState state;
        private final long batchNo;
        private PreparedStatement links;
        private PreparedStatement nodes;
        private PreparedStatement refusals;
        private CompactRange tree;
        private Hash head;
        private int sealed;
        private int refused;
        private int pending;

        Batch(Connection connection, SealState state, long batchNo) {
            this.connection = connection;
            this.state = state;
            this.batchNo = batchNo;
            this.head = state.head();
        }

        private CompactRange tree() throws SQLException {
            if (tree == null) {
                links = connection.prepareStatement(
                        "INSERT INTO audit_service.sealed_events (position, global_index,"
                                + " batch_no, identity_digest, payload_digest, meta_data_digest, link) VALUES (?, ?, ?, ?, ?, ?, ?)");
                nodes = connection.prepareStatement(
                        "INSERT INTO audit_service.merkle_nodes (level, index, hash) VALUES (?, ?, ?)");
                tree = new StoredTree(connection).resume(state.treeSize(), this::storeNode);
            }
            return tree;
        }

        private void storeNode(CompactRange.Node node) {
            try {
                nodes.setInt(1, node.level());
                nodes.setLong(2, node.index());
                nodes.setBytes(3, node.hash().bytes());
                nodes.addBatch();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void seal(StoredEvent event) throws SQLException {
            CompactRange tree = tree();
            EventDigests digests = EventDigests.of(event);
            ChainLink link = ChainLink.after(head, tree.size(), event.globalIndex(), digests);
            links.setLong(1, link.position());
            links.setLong(2, event.globalIndex());
            links.setLong(3, batchNo);
            links.setBytes(4, digests.identity().bytes());
            links.setBytes(5, digests.payload().bytes());
            links.setBytes(6, digests.metaData().bytes());
            links.setBytes(7, link.hash().bytes());
            links.addBatch();
            tree.append(MerkleHashes.leaf(link.hash().bytes()));
            head = link.hash();
            sealed++;
            if (++pending == FLUSH) {
                flush();
            }
        }

        void refuse(long globalIndex, String reason) throws SQLException {
            if (refusals == null) {
                refusals = connection.prepareStatement("INSERT INTO audit_service.refused_events"
                        + " (global_index, batch_no, reason, found_at) VALUES (?, ?, ?, now())");
            }
            refusals.setLong(1, globalIndex);
            refusals.setLong(2, batchNo);
            refusals.setString(3, reason);
            refusals.addBatch();
            refused++;
        }

        void finish(String horizon, String xmax, long issuedBefore, Instant at) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_service.seal_batches"
                    + " (batch_no, horizon, snapshot_xmax, issued_before, first_position, event_count, sealed_at)"
                    + " VALUES (?, ?::xid8, ?::xid8, ?, ?, ?, ?)")) {
                insert.setLong(1, batchNo);
                insert.setString(2, horizon);
                insert.setString(3, xmax);
                insert.setLong(4, issuedBefore);
                insert.setLong(5, state.treeSize());
                insert.setInt(6, sealed);
                insert.setTimestamp(7, Timestamp.from(at));
                insert.executeUpdate();
            }
            flush();
            if (refusals != null) {
                refusals.executeBatch();
            }
        }

        private void flush() throws SQLException {
            if (links != null) {
                links.executeBatch();
                nodes.executeBatch();
            }
            pending = 0;
        }

        int sealedCount() {
            return sealed;
        }

        int refusedCount() {
            return refused;
        }

        long treeSize() {
            return state.treeSize() + sealed;
        }

        Hash root() throws SQLException {
            return tree().root();
        }

        Hash head() {
            return head;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : new PreparedStatement[] {links, nodes, refusals}) {
                if (statement != null) {
                    statement.close();
                }
            }
        }
    }
}
