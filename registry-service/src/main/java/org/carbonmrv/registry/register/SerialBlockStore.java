package org.carbonmrv.registry.register;

import java.util.Optional;

/**
 * Where the serial-block projection keeps its rows: the tables themselves while it follows the
 * ledger ({@link SerialBlocksInDatabase}), memory written at each chunk's end while a rebuild
 * replays the history ({@link SerialBlocksInMemory}). The projection's rules are the same for both.
 */
interface SerialBlockStore {

    /** The batch of a project's next issuance: one more than the issuances it has blocks of. */
    int nextBatch(String projectId);

    /** The block that starts at or below the serial (it holds the serial if it ends at or above it). */
    Optional<SerialBlock> startingAtOrBelow(long serial);

    void remove(SerialBlock block);

    void add(SerialBlock block);

    /** A row no handler reads back (the public records of retirements and cancellations): one insert. */
    void append(String insert, Object... values);
}
