package org.carbonmrv.platform.readmodels;

/**
 * A {@link RebuildableReadModel} whose rebuild does not go event by event through SQL: the
 * rebuild sends the events to a {@link Replayer} of its own, which keeps its rows in memory and,
 * once every event is replayed, writes them straight into the emptied live tables in the
 * transaction that puts the rebuilt tables in place (no shadow copies). A projection that looks
 * up and rewrites a row at every event (the registry's serial blocks at every transfer) costs
 * round trips to the database at every event when replayed through its live handlers, and leaves
 * a dead row version behind each rewrite; the replayer writes each row once. Its tables are not
 * written until the end, so no other read model's handler may read them.
 */
public interface ReplayedInMemory {

    /** A fresh replayer for one rebuild, starting from empty tables. */
    Replayer replayer();

    /**
     * What a rebuild sends the events to instead of the live bean.
     *
     * @param handlers an object with the read model's {@code @EventHandler} methods, as the live bean has them
     * @param write writes every row the handlers hold into the empty live tables (unqualified names),
     *     once, in the caller's transaction
     */
    record Replayer(Object handlers, Runnable write) {}
}
