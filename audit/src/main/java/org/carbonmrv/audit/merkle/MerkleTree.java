package org.carbonmrv.audit.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency version 2), section 2.1: its root, the
 * inclusion proof of a leaf and the consistency proof between two sizes, computed from any
 * {@link TreeHashes}.
 */
public final class MerkleTree {

    private final TreeHashes hashes;
    private final long size;

    public MerkleTree(TreeHashes hashes, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("a tree has 0 or more leaves");
        }
        this.hashes = hashes;
        this.size = size;
    }

    /** A tree over leaf hashes held in memory (tests, bundles). */
    public static MerkleTree of(List<Hash> leaves) {
        return new MerkleTree(new InMemory(leaves), leaves.size());
    }

    public long size() {
        return size;
    }

    public Hash root() {
        return size == 0 ? MerkleHashes.EMPTY_ROOT : hashes.range(0, size);
    }

    /** PATH(m, D[n]), section 2.1.3.1: the leaf's neighbours from the bottom up. */
    public List<Hash> inclusionProof(long leafIndex) {
        if (leafIndex < 0 || leafIndex >= size) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of " + size);
        }
        List<Hash> path = new ArrayList<>();
        path(leafIndex, 0, size, path);
        return path;
    }

    private void path(long m, long from, long to, List<Hash> out) {
        if (to - from == 1) {
            return;
        }
        long k = MerkleHashes.split(to - from);
        if (m < k) {
            path(m, from, from + k, out);
            out.add(hashes.range(from + k, to));
        } else {
            path(m - k, from + k, to, out);
            out.add(hashes.range(from, from + k));
        }
    }

    /** PROOF(m, D[n]), section 2.1.4.1: that the tree of {@code earlierSize} leaves is this tree's beginning. */
    public List<Hash> consistencyProof(long earlierSize) {
        if (earlierSize <= 0 || earlierSize > size) {
            throw new IllegalArgumentException(
                    "a consistency proof goes from a size between 1 and " + size + ", not " + earlierSize);
        }
        List<Hash> proof = new ArrayList<>();
        subproof(earlierSize, 0, size, true, proof);
        return proof;
    }

    private void subproof(long m, long from, long to, boolean wholeEarlierTree, List<Hash> out) {
        long n = to - from;
        if (m == n) {
            if (!wholeEarlierTree) {
                out.add(hashes.range(from, to));
            }
            return;
        }
        long k = MerkleHashes.split(n);
        if (m <= k) {
            subproof(m, from, from + k, wholeEarlierTree, out);
            out.add(hashes.range(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, out);
            out.add(hashes.range(from, from + k));
        }
    }

    private record InMemory(List<Hash> leaves) implements TreeHashes {
        @Override
        public Hash range(long from, long to) {
            if (to - from == 1) {
                return leaves.get((int) from);
            }
            long k = MerkleHashes.split(to - from);
            return MerkleHashes.node(range(from, from + k), range(from + k, to));
        }
    }
}
