package org.carbonmrv.audit.merkle;

/** Where the hashes of a tree's subtrees come from: a list in memory, or the nodes stored by the sealer. */
public interface TreeHashes {

    /** MTH(D[from:to]) of RFC 9162, for 0 <= from < to <= the tree's size. */
    Hash range(long from, long to);
}
