package org.carbonmrv.audit.verification;

import org.carbonmrv.audit.chain.ChainLink;
import org.carbonmrv.audit.chain.EventDigests;
import org.carbonmrv.audit.chain.StoredEvent;
import org.carbonmrv.audit.checkpoint.Checkpoint;
import org.carbonmrv.audit.checkpoint.CheckpointVerifier;
import org.carbonmrv.audit.merkle.CompactRange;
import org.carbonmrv.audit.merkle.Hash;
import org.carbonmrv.audit.merkle.MerkleHashes;
import org.carbonmrv.audit.readings.ReadingsVerifier;
import org.carbonmrv.audit.seal.StoredEvents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks the chain from its first link: recomputes every event's digests from the event store as
 * it is now, every link, and the Merkle root at every checkpoint, and checks each checkpoint's
 * signature with a key the caller trusts. Then looks for events the chain should hold and does
 * not. One ordered read of the sealed events; the cost grows with the history only because the
 * whole history is what is checked.
 */
public final class ChainVerifier {

    static final int LISTED = 100;

    private final CheckpointVerifier trustedKey;
    private final List<Checkpoint> keptCheckpoints;

    /**
     * @param trustedKey the platform's public key as the auditor holds it
     * @param keptCheckpoints checkpoints the auditor kept from earlier: the history they cover must be unchanged
     */
    public ChainVerifier(CheckpointVerifier trustedKey, List<Checkpoint> keptCheckpoints) {
        this.trustedKey = trustedKey;
        this.keptCheckpoints = keptCheckpoints;
    }

    public Verification verify(Connection connection) throws SQLException {
        long started = System.nanoTime();
        Findings findings = new Findings();
        List<Checkpoint> checkpoints = Checkpoints.all(connection);
        for (Checkpoint kept : keptCheckpoints) {
            // a kept copy of a stored checkpoint is checked once; one that differs from the stored one is checked too
            boolean stored = checkpoints.stream()
                    .anyMatch(c -> c.treeSize() == kept.treeSize()
                            && c.root().equals(kept.root())
                            && Arrays.equals(c.signature(), kept.signature()));
            if (!stored) {
                checkpoints.add(kept);
            }
        }
        checkpoints.sort((a, b) -> Long.compare(a.treeSize(), b.treeSize()));
        for (Checkpoint checkpoint : checkpoints) {
            if (!trustedKey.signed(checkpoint)) {
                findings.add(new Discrepancy(
                        Discrepancy.Kind.CHECKPOINT_FAILED,
                        null,
                        null,
                        "the checkpoint of tree size " + checkpoint.treeSize() + " issued " + checkpoint.issuedAt()
                                + " is not signed by key " + trustedKey.keyId()));
            }
        }
        long sealed = walk(connection, checkpoints, findings);
        unsealed(connection, findings);
        refused(connection, findings);
        ReadingsVerifier.verify(connection, findings::add);
        return new Verification(
                sealed,
                checkpoints.stream().filter(c -> c.treeSize() <= sealed).count(),
                checkpoints.isEmpty()
                        ? null
                        : checkpoints.get(checkpoints.size() - 1).treeSize(),
                trustedKey.keyId(),
                findings.count,
                findings.listed,
                (System.nanoTime() - started) / 1_000_000);
    }

    private long walk(Connection connection, List<Checkpoint> checkpoints, Findings findings) throws SQLException {
        CompactRange tree = CompactRange.empty(node -> {});
        Hash storedBefore = ChainLink.GENESIS;
        Hash recomputedBefore = ChainLink.GENESIS;
        int nextCheckpoint = 0;
        long expected = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT s.position, s.global_index,"
                + " s.identity_digest, s.payload_digest, s.meta_data_digest, s.link, e.global_index IS NOT NULL, "
                + StoredEvents.COLUMNS
                + " FROM audit_service.sealed_events s"
                + " LEFT JOIN eventstore.domain_event_entry e ON e.global_index = s.global_index"
                + " ORDER BY s.position")) {
            select.setFetchSize(2000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long position = rows.getLong(1);
                    long globalIndex = rows.getLong(2);
                    EventDigests sealedDigests = new EventDigests(
                            new Hash(rows.getBytes(3)), new Hash(rows.getBytes(4)), new Hash(rows.getBytes(5)));
                    Hash storedLink = new Hash(rows.getBytes(6));
                    if (position != expected) {
                        findings.add(new Discrepancy(
                                Discrepancy.Kind.CHAIN_CHANGED,
                                expected,
                                null,
                                "the chain has no link at position " + expected + " (the next is at " + position
                                        + "): a sealed row was removed from the chain"));
                        expected = position;
                    }
                    EventDigests now = sealedDigests;
                    if (!rows.getBoolean(7)) {
                        findings.add(new Discrepancy(
                                Discrepancy.Kind.EVENT_DELETED,
                                position,
                                globalIndex,
                                "sealed, and no longer in the event store: deleted"));
                    } else {
                        StoredEvent event = StoredEvents.read(rows, 8);
                        now = EventDigests.of(event);
                        String difference = now.differenceFrom(sealedDigests);
                        if (!difference.isEmpty()) {
                            findings.add(new Discrepancy(
                                    Discrepancy.Kind.EVENT_CHANGED,
                                    position,
                                    globalIndex,
                                    "differs from what was sealed in " + difference));
                        }
                    }
                    if (!ChainLink.after(storedBefore, position, globalIndex, sealedDigests)
                            .hash()
                            .equals(storedLink)) {
                        findings.add(
                                new Discrepancy(
                                        Discrepancy.Kind.CHAIN_CHANGED,
                                        position,
                                        globalIndex,
                                        "the stored link is not the hash of the sealed digests and the link before: the chain's rows were changed"));
                    }
                    // the tree is built from the history as it is now: a checkpoint signed before a change no longer
                    // matches
                    Hash recomputed = ChainLink.after(recomputedBefore, expected, globalIndex, now)
                            .hash();
                    tree.append(MerkleHashes.leaf(recomputed.bytes()));
                    storedBefore = storedLink;
                    recomputedBefore = recomputed;
                    expected++;
                    while (nextCheckpoint < checkpoints.size()
                            && checkpoints.get(nextCheckpoint).treeSize() == tree.size()) {
                        compare(checkpoints.get(nextCheckpoint++), tree.root(), recomputedBefore, findings);
                    }
                }
            }
        }
        for (; nextCheckpoint < checkpoints.size(); nextCheckpoint++) {
            Checkpoint beyond = checkpoints.get(nextCheckpoint);
            findings.add(new Discrepancy(
                    Discrepancy.Kind.CHECKPOINT_FAILED,
                    null,
                    null,
                    "the checkpoint of tree size " + beyond.treeSize() + " covers more events than the chain holds ("
                            + tree.size() + "): sealed events were removed"));
        }
        return tree.size();
    }

    private static void compare(Checkpoint checkpoint, Hash root, Hash head, Findings findings) {
        if (!checkpoint.root().equals(root) || !checkpoint.chainHead().equals(head)) {
            findings.add(new Discrepancy(
                    Discrepancy.Kind.CHECKPOINT_FAILED,
                    checkpoint.treeSize() - 1,
                    null,
                    "the checkpoint of tree size " + checkpoint.treeSize() + " issued " + checkpoint.issuedAt()
                            + " does not match the events it covers: the history before it was rewritten"));
        }
    }

    /** Events whose transaction ended before the last sealed horizon and that the chain does not hold. */
    private static void unsealed(Connection connection, Findings findings) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT e.global_index FROM eventstore.domain_event_entry e"
                        + " WHERE e.committed_by < (SELECT horizon FROM audit_service.seal_batches ORDER BY batch_no DESC LIMIT 1)"
                        + " AND NOT EXISTS (SELECT 1 FROM audit_service.sealed_events s WHERE s.global_index = e.global_index)"
                        + " AND NOT EXISTS (SELECT 1 FROM audit_service.refused_events r WHERE r.global_index = e.global_index)"
                        + " ORDER BY e.global_index")) {
            while (rows.next()) {
                findings.add(
                        new Discrepancy(
                                Discrepancy.Kind.EVENT_NOT_SEALED,
                                null,
                                rows.getLong(1),
                                "in the event store, never sealed, though its transaction ended before the last sealing: added after the fact"));
            }
        }
    }

    private static void refused(Connection connection, Findings findings) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT global_index, reason FROM audit_service.refused_events ORDER BY global_index")) {
            while (rows.next()) {
                findings.add(new Discrepancy(
                        Discrepancy.Kind.EVENT_INSERTED,
                        null,
                        rows.getLong(1),
                        "refused at sealing: " + rows.getString(2)));
            }
        }
    }

    private static final class Findings {
        private long count;
        private final List<Discrepancy> listed = new ArrayList<>();

        void add(Discrepancy discrepancy) {
            count++;
            if (listed.size() < LISTED) {
                listed.add(discrepancy);
            }
        }
    }
}
