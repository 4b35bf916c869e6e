package org.carbonmrv.audit.chain;

import org.carbonmrv.audit.merkle.Hash;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The three digests of a stored event: its place and identity (global index, event id, aggregate,
 * sequence number, types, revision, time), its payload, its metadata. The chain covers the three;
 * kept apart, they let a verification say which part of an event was changed.
 */
public record EventDigests(Hash identity, Hash payload, Hash metaData) {

    private static final byte[] IDENTITY_V1 = "carbon-mrv/event-identity/1".getBytes(StandardCharsets.US_ASCII);

    public static EventDigests of(StoredEvent event) {
        return new EventDigests(identity(event), bytes(event.payload()), bytes(event.metaData()));
    }

    static Hash identity(StoredEvent event) {
        MessageDigest digest = Hash.newDigest();
        digest.update(IDENTITY_V1);
        number(digest, event.globalIndex());
        text(digest, event.eventIdentifier());
        text(digest, event.aggregateType());
        text(digest, event.aggregateIdentifier());
        number(digest, event.sequenceNumber());
        text(digest, event.payloadType());
        text(digest, event.payloadRevision());
        text(digest, event.timeStamp());
        return new Hash(digest.digest());
    }

    private static Hash bytes(byte[] content) {
        MessageDigest digest = Hash.newDigest();
        if (content == null) {
            digest.update((byte) 0);
        } else {
            digest.update((byte) 1);
            digest.update(content);
        }
        return new Hash(digest.digest());
    }

    private static void number(MessageDigest digest, long value) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    /** Length-prefixed, with -1 for a missing value: no two field lists encode alike. */
    private static void text(MessageDigest digest, String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
        digest.update(utf8);
    }

    /** What differs between these digests (from the event as it is now) and the sealed ones. */
    public String differenceFrom(EventDigests sealed) {
        StringBuilder what = new StringBuilder();
        if (!identity.equals(sealed.identity)) {
            what.append("its place or identity (aggregate, sequence number, type, revision or time)");
        }
        if (!payload.equals(sealed.payload)) {
            what.append(what.isEmpty() ? "" : ", ").append("its payload");
        }
        if (!metaData.equals(sealed.metaData)) {
            what.append(what.isEmpty() ? "" : ", ").append("its metadata");
        }
        return what.toString();
    }
}
