package org.carbonmrv.audit.seal;

/** What one sealing did: events sealed and refused, the tree's size after it, whether it signed a checkpoint. */
public record Sealed(int events, int refused, long treeSize, boolean checkpointed) {

    static Sealed nothing(long treeSize) {
        return new Sealed(0, 0, treeSize, false);
    }
}
