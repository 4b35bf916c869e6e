package org.carbonmrv.audit.merkle;

/**
 * The two hashes of RFC 9162 section 2.1.1: a leaf is hashed with the prefix 0x00, an interior
 * node with 0x01, so that no leaf can pass for a node (the second-preimage attack on plain trees).
 */
public final class MerkleHashes {

    private static final byte[] LEAF = {0x00};
    private static final byte[] NODE = {0x01};

    /** MTH({}) = SHA-256(). */
    public static final Hash EMPTY_ROOT = Hash.sha256();

    private MerkleHashes() {}

    public static Hash leaf(byte[] entry) {
        return Hash.sha256(LEAF, entry);
    }

    public static Hash node(Hash left, Hash right) {
        return Hash.sha256(NODE, left.bytes(), right.bytes());
    }

    /** The largest power of two smaller than n (n > 1): where RFC 9162 splits a tree of n leaves. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }
}
