package org.carbonmrv.platform.readmodels;

/**
 * A {@link RebuildableReadModel} whose rebuild does not go event by event through SQL: the
 * rebuild sends the events to a {@link Replayer} of its own, which keeps its rows in memory and
 * writes them in a few set-based statements once the replay has caught up with the store, then
 * what the last events changed in the transaction that puts the copies in place. A projection that
 * looks up and rewrites a row at every event (the registry's serial blocks at every transfer)
 * costs round trips to the database at every event when replayed through its live handlers, and
 * leaves a dead row version behind each rewrite; the replayer writes each row once. Its tables
 * are empty until the replay has caught up, so no other read model's handler may read them.
 */
public interface ReplayedInMemory {

    /** A fresh replayer for one rebuild, starting from empty tables. */
    Replayer replayer();

    /**
     * What a rebuild sends the events to instead of the live bean.
     *
     * @param handlers an object with the read model's {@code @EventHandler} methods, as the live bean has them
     * @param write writes what the handlers changed since it last ran, in the caller's transaction (the
     *     copies first on the search path): once when the replay has caught up, once more at the end
     */
    record Replayer(Object handlers, Runnable write) {}
}
