package org.carbonmrv.audit.chain;

import org.carbonmrv.audit.merkle.Hash;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One link of the hash chain over the event store in the order the events were sealed (commit
 * order): it covers its position, the event's global index, the event's digests and the link
 * before, so that no event can be changed, removed, added or moved without every later link
 * changing. The link is also the entry of the Merkle tree's leaf at its position.
 */
public record ChainLink(long position, long globalIndex, EventDigests digests, Hash previous, Hash hash) {

    /** The link before the first. */
    public static final Hash GENESIS = new Hash(new byte[Hash.LENGTH]);

    private static final byte[] LINK_V1 = "carbon-mrv/chain-link/1".getBytes(StandardCharsets.US_ASCII);

    public static ChainLink after(Hash previous, long position, long globalIndex, EventDigests digests) {
        byte[] numbers = ByteBuffer.allocate(2 * Long.BYTES)
                .putLong(position)
                .putLong(globalIndex)
                .array();
        Hash hash = Hash.sha256(
                LINK_V1,
                numbers,
                digests.identity().bytes(),
                digests.payload().bytes(),
                digests.metaData().bytes(),
                previous.bytes());
        return new ChainLink(position, globalIndex, digests, previous, hash);
    }
}
