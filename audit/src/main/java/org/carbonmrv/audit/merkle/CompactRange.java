package org.carbonmrv.audit.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing tree: the roots of its perfect subtrees, largest first, which are
 * all one needs to append a leaf and to compute the root. Each completed subtree is handed to the
 * listener, which is how the sealer stores the nodes that inclusion and consistency proofs need.
 */
public final class CompactRange {

    /** A completed perfect subtree: 2^level leaves starting at leaf index * 2^level. */
    public record Node(int level, long index, Hash hash) {}

    public interface Listener {
        void completed(Node node);
    }

    private final List<Node> edge;
    private long size;
    private final Listener listener;

    private CompactRange(List<Node> edge, long size, Listener listener) {
        this.edge = edge;
        this.size = size;
        this.listener = listener;
    }

    public static CompactRange empty(Listener listener) {
        return new CompactRange(new ArrayList<>(), 0, listener);
    }

    /** Continues a tree of {@code size} leaves from its edge (as {@link #edgeOf} names it). */
    public static CompactRange resume(long size, List<Node> edge, Listener listener) {
        if (edge.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException(
                    "a tree of " + size + " leaves has " + Long.bitCount(size) + " edge nodes");
        }
        return new CompactRange(new ArrayList<>(edge), size, listener);
    }

    /** The (level, index) of the edge nodes of a tree of {@code size} leaves, largest first. */
    public static List<long[]> edgeOf(long size) {
        List<long[]> out = new ArrayList<>();
        long offset = 0;
        for (int level = 63; level >= 0; level--) {
            long width = 1L << level;
            if ((size & width) != 0) {
                out.add(new long[] {level, offset >> level});
                offset += width;
            }
        }
        return out;
    }

    public void append(Hash leaf) {
        Node node = new Node(0, size, leaf);
        listener.completed(node);
        while (!edge.isEmpty() && edge.get(edge.size() - 1).level() == node.level()) {
            Node left = edge.remove(edge.size() - 1);
            node = new Node(node.level() + 1, left.index() >> 1, MerkleHashes.node(left.hash(), node.hash()));
            listener.completed(node);
        }
        edge.add(node);
        size++;
    }

    public long size() {
        return size;
    }

    public Hash root() {
        if (edge.isEmpty()) {
            return MerkleHashes.EMPTY_ROOT;
        }
        Hash r = edge.get(edge.size() - 1).hash();
        for (int i = edge.size() - 2; i >= 0; i--) {
            r = MerkleHashes.node(edge.get(i).hash(), r);
        }
        return r;
    }
}
