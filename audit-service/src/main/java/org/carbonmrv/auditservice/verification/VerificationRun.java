package org.carbonmrv.auditservice.verification;

import org.carbonmrv.audit.verification.Verification;

import java.time.Instant;

/**
 * One verification of the whole history as asked for: running until it has walked the chain, then
 * done with what it found, or failed (the database could not be read, or the service stopped).
 */
record VerificationRun(
        String id,
        Status status,
        String requestedBy,
        Instant requestedAt,
        Instant finishedAt,
        Verification verification,
        String failure) {

    enum Status {
        RUNNING,
        DONE,
        FAILED
    }
}
