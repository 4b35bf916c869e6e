package org.carbonmrv.audit.verification;

/**
 * One way the history differs from what was sealed: where (the chain position and the event's
 * global index, when there is one) and what, in words an auditor can act on.
 */
public record Discrepancy(Kind kind, Long position, Long globalIndex, String what) {

    public enum Kind {
        /** an event's payload, metadata or identity is not what was sealed */
        EVENT_CHANGED,
        /** a sealed event is no longer in the event store */
        EVENT_DELETED,
        /** an event is in the store that was never sealed although its transaction ended before the sealed horizon */
        EVENT_NOT_SEALED,
        /** an event was refused at sealing: written into the history already sealed */
        EVENT_INSERTED,
        /** the chain's own rows were changed: a link, a position */
        CHAIN_CHANGED,
        /** a checkpoint's root is not the root of the events it covers, or its signature fails */
        CHECKPOINT_FAILED,
        /** a reading batch's stored rows, or a roll-up, are not what its events say */
        READINGS_CHANGED
    }

    @Override
    public String toString() {
        String at = globalIndex == null
                ? ""
                : "event " + globalIndex + (position == null ? "" : " (position " + position + ")") + ": ";
        if (globalIndex == null && position != null) {
            at = "position " + position + ": ";
        }
        return kind + " " + at + what;
    }
}
