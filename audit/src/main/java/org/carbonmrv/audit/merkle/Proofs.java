package org.carbonmrv.audit.merkle;

import java.util.List;

/**
 * The verification of proofs, RFC 9162 sections 2.1.3.2 and 2.1.4.2, by someone who holds only
 * the roots: it never needs the tree.
 */
public final class Proofs {

    private Proofs() {}

    /** Whether {@code leaf} is leaf {@code leafIndex} of the tree of {@code treeSize} leaves with this root. */
    public static boolean includes(Hash root, long treeSize, long leafIndex, Hash leaf, List<Hash> path) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        Hash r = leaf;
        for (Hash p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashes.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHashes.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r.equals(root);
    }

    /** Whether the tree of {@code firstSize} leaves with {@code firstRoot} is the beginning of the second. */
    public static boolean consistent(
            long firstSize, Hash firstRoot, long secondSize, Hash secondRoot, List<Hash> proof) {
        if (firstSize <= 0 || firstSize > secondSize) {
            return false;
        }
        if (firstSize == secondSize) {
            return proof.isEmpty() && firstRoot.equals(secondRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        int next = 0;
        Hash start;
        if (Long.bitCount(firstSize) == 1) {
            start = firstRoot;
        } else {
            start = proof.get(next++);
        }
        long fn = firstSize - 1;
        long sn = secondSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        Hash fr = start;
        Hash sr = start;
        for (; next < proof.size(); next++) {
            Hash c = proof.get(next);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.node(c, fr);
                sr = MerkleHashes.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashes.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && fr.equals(firstRoot) && sr.equals(secondRoot);
    }
}
