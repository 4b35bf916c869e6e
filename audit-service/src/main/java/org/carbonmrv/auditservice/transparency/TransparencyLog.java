package org.carbonmrv.auditservice.transparency;

import org.carbonmrv.audit.checkpoint.Checkpoint;
import org.carbonmrv.audit.merkle.Hash;
import org.carbonmrv.audit.merkle.MerkleHashes;
import org.carbonmrv.audit.merkle.MerkleTree;
import org.carbonmrv.audit.seal.StoredTree;
import org.carbonmrv.audit.verification.Checkpoints;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The sealed history as a transparency log: its checkpoints and the proofs against them. */
@Component
class TransparencyLog {

    private final DataSource dataSource;

    TransparencyLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<CheckpointView> latest() {
        return read(connection -> Checkpoints.latest(connection).map(CheckpointView::of));
    }

    Optional<CheckpointView> ofSize(long treeSize) {
        return read(connection -> Checkpoints.ofSize(connection, treeSize).map(CheckpointView::of));
    }

    ConsistencyProofView consistency(long from, long to) {
        return read(connection -> {
            long size = sealedSize(connection);
            if (from < 1 || from > to) {
                throw DomainException.badRequest(
                        "proof-sizes-invalid",
                        "a consistency proof goes from a tree of at least one leaf to one at least as large",
                        new FieldProblem("from", "between 1 and to", String.valueOf(from)));
            }
            if (to > size) {
                throw DomainException.badRequest(
                        "proof-beyond-tree",
                        "the tree has " + size + " sealed events",
                        new FieldProblem("to", "at most " + size, String.valueOf(to)));
            }
            StoredTree stored = new StoredTree(connection);
            MerkleTree tree = stored.ofSize(to);
            return new ConsistencyProofView(
                    from, stored.ofSize(from).root().hex(), to, tree.root().hex(), hex(tree.consistencyProof(from)));
        });
    }

    InclusionProofView inclusion(long globalIndex, Long treeSize) {
        return read(connection -> {
            Checkpoint checkpoint = (treeSize == null
                            ? Checkpoints.latest(connection)
                            : Checkpoints.ofSize(connection, treeSize))
                    .orElseThrow(() -> DomainException.notFound(
                            "checkpoint-not-found",
                            treeSize == null
                                    ? "no checkpoint has been signed yet"
                                    : "no checkpoint of tree size " + treeSize));
            try (PreparedStatement select = connection.prepareStatement("SELECT s.position, s.link,"
                    + " (SELECT p.link FROM audit_service.sealed_events p WHERE p.position = s.position - 1)"
                    + " FROM audit_service.sealed_events s WHERE s.global_index = ?")) {
                select.setLong(1, globalIndex);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw DomainException.notFound(
                                "event-not-sealed", "event " + globalIndex + " is not sealed (yet, or at all)");
                    }
                    long position = row.getLong(1);
                    if (position >= checkpoint.treeSize()) {
                        throw DomainException.conflict(
                                "event-after-checkpoint",
                                "event " + globalIndex + " was sealed at position " + position
                                        + ", after the checkpoint of tree size " + checkpoint.treeSize()
                                        + ": ask again once the next checkpoint is signed");
                    }
                    Hash link = new Hash(row.getBytes(2));
                    byte[] previous = row.getBytes(3);
                    MerkleTree tree = new StoredTree(connection).ofSize(checkpoint.treeSize());
                    return new InclusionProofView(
                            globalIndex,
                            position,
                            link.hex(),
                            previous == null ? null : new Hash(previous).hex(),
                            MerkleHashes.leaf(link.bytes()).hex(),
                            hex(tree.inclusionProof(position)),
                            CheckpointView.of(checkpoint));
                }
            }
        });
    }

    private static long sealedSize(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT coalesce(max(position) + 1, 0) FROM audit_service.sealed_events");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<String> hex(List<Hash> hashes) {
        return hashes.stream().map(Hash::hex).toList();
    }

    private interface Read<T> {
        T from(Connection connection) throws SQLException;
    }

    private <T> T read(Read<T> read) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            return read.from(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
