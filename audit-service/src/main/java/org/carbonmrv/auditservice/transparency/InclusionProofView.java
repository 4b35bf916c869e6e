package org.carbonmrv.auditservice.transparency;

import java.util.List;

/**
 * That an event is in the signed history: its chain link (the leaf's entry) and the link before
 * it, its leaf at {@code position}, and the path up to the root of the checkpoint.
 */
record InclusionProofView(
        long globalIndex,
        long position,
        String link,
        String previousLink,
        String leafHash,
        List<String> path,
        CheckpointView checkpoint) {}
