package org.carbonmrv.audit.verification;

import java.util.List;

/**
 * The result of walking the whole chain: how much was checked, and the discrepancies in the order
 * of the history (the first is the first event that differs). {@code discrepancyCount} counts all
 * of them; the list keeps the first {@link ChainVerifier#LISTED}.
 */
public record Verification(
        long sealedEvents,
        long checkpointsChecked,
        Long latestCheckpoint,
        String keyId,
        long discrepancyCount,
        List<Discrepancy> discrepancies,
        long millis) {

    public boolean intact() {
        return discrepancyCount == 0;
    }

    public Discrepancy first() {
        return discrepancies.isEmpty() ? null : discrepancies.get(0);
    }
}
