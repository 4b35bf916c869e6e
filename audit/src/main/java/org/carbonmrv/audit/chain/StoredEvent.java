package org.carbonmrv.audit.chain;

/**
 * One row of the event store as Axon wrote it, byte for byte: what the chain covers. Payload and
 * metadata stay the stored bytes (UTF-8 JSON), never a re-serialisation, so a hash computed today
 * and one computed by an auditor from an export agree.
 */
public record StoredEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateType,
        String aggregateIdentifier,
        long sequenceNumber,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData,
        String timeStamp) {}
