package org.carbonmrv.auditservice.sealed;

import org.slf4j.Logger;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.IntSupplier;

/**
 * How the audit service's followers of the sealed history catch up: a slice of events per
 * transaction, with the follower's progress in that transaction, slice after slice until one is not
 * full; a failure ends the turn and the next turn starts where the last committed slice left off.
 */
public final class SlicedCatchUp {

    private SlicedCatchUp() {}

    /** @param slice applies the next slice and answers how many events it held (at most {@code size}) */
    public static void run(TransactionTemplate transaction, int size, IntSupplier slice, Logger log, String what) {
        try {
            Integer done;
            do {
                done = transaction.execute(status -> slice.getAsInt());
            } while (done != null && done == size);
        } catch (RuntimeException e) {
            log.warn("{} failed, trying again at the next turn: {}", what, e.getMessage());
        }
    }
}
