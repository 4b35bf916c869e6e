package org.carbonmrv.auditservice.transparency;

import org.carbonmrv.audit.checkpoint.Checkpoint;

import java.time.Instant;

/**
 * A signed checkpoint as published: the signed text itself, and its parts. Keep one (the text and
 * the signature) to check later that the history it covers was not rewritten.
 */
record CheckpointView(
        long treeSize,
        String root,
        String chainHead,
        Instant issuedAt,
        String keyId,
        String signedText,
        String signature) {

    static CheckpointView of(Checkpoint checkpoint) {
        return new CheckpointView(
                checkpoint.treeSize(),
                checkpoint.root().hex(),
                checkpoint.chainHead().hex(),
                checkpoint.issuedAt(),
                checkpoint.keyId(),
                checkpoint.signedText(),
                checkpoint.signatureBase64());
    }
}
