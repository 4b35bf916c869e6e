package org.carbonmrv.audit.seal;

import java.time.Duration;

/** A checkpoint is signed after {@code events} new sealed events, or {@code after} since the last one, whichever first. */
public record SealingPolicy(int events, Duration after) {

    public SealingPolicy {
        if (events < 1 || after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("a checkpoint comes after at least one event and some time");
        }
    }
}
