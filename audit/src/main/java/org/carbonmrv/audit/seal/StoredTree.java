package org.carbonmrv.audit.seal;

import org.carbonmrv.audit.merkle.CompactRange;
import org.carbonmrv.audit.merkle.Hash;
import org.carbonmrv.audit.merkle.MerkleHashes;
import org.carbonmrv.audit.merkle.MerkleTree;
import org.carbonmrv.audit.merkle.TreeHashes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Merkle tree as the sealer stored it: every perfect subtree is a row, so the hash of any
 * range RFC 9162's proofs ask for is a few rows combined, whatever the tree's size.
 */
public final class StoredTree implements TreeHashes {

    private final Connection connection;
    private final Map<Long, Hash> read = new HashMap<>();

    public StoredTree(Connection connection) {
        this.connection = connection;
    }

    public MerkleTree ofSize(long size) {
        return new MerkleTree(this, size);
    }

    @Override
    public Hash range(long from, long to) {
        long width = to - from;
        if (Long.bitCount(width) == 1 && from % width == 0) {
            return node(Long.numberOfTrailingZeros(width), from / width);
        }
        long k = Long.highestOneBit(width - 1);
        return MerkleHashes.node(range(from, from + k), range(from + k, to));
    }

    private Hash node(int level, long index) {
        return read.computeIfAbsent(((long) level << 56) | index, key -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT hash FROM audit_service.merkle_nodes WHERE level = ? AND index = ?")) {
                select.setInt(1, level);
                select.setLong(2, index);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("the tree has no node " + level + "/" + index);
                    }
                    return new Hash(row.getBytes(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The right edge of the stored tree of {@code size} leaves, to append to it. */
    CompactRange resume(long size, CompactRange.Listener listener) {
        List<CompactRange.Node> edge = new ArrayList<>();
        for (long[] at : CompactRange.edgeOf(size)) {
            edge.add(new CompactRange.Node((int) at[0], at[1], node((int) at[0], at[1])));
        }
        return CompactRange.resume(size, edge, listener);
    }
}
