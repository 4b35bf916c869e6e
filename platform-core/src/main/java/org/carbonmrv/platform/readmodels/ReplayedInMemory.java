package org.carbonmrv.platform.readmodels;

/**
 * A {@link RebuildableReadModel} whose rebuild does not go event by event through SQL: the
 * rebuild sends the events to a {@link Replayer} of its own, which keeps the rows it needs in
 * memory while a chunk of events is applied and writes the chunk's outcome in a few set-based
 * statements at the chunk's end. A projection that looks up and rewrites a row at every event
 * (the registry's serial blocks at every transfer) costs a round trip to the database per
 * statement when replayed through its live handlers; the replayer's cost per event is only its
 * share of one flush.
 */
public interface ReplayedInMemory {

    /** A fresh replayer for one rebuild, starting from empty tables. */
    Replayer replayer();

    /**
     * What a rebuild sends the events to instead of the live bean.
     *
     * @param handlers an object with the read model's {@code @EventHandler} methods, as the live bean has them
     * @param flush writes what the handlers gathered since the last flush, in the chunk's transaction
     */
    record Replayer(Object handlers, Runnable flush) {}
}
