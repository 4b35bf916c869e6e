package org.carbonmrv.audit.bundle;

import org.carbonmrv.audit.chain.StoredEvent;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One line of a bundle's {@code events.ndjson}: the event as stored (payload and metadata as their
 * stored UTF-8 text), its place in the chain (position, the link before, its own link) and the
 * inclusion proof of its leaf in the bundle's checkpoint.
 */
public record BundleEvent(
        long position,
        long globalIndex,
        String eventIdentifier,
        String aggregateType,
        String aggregateIdentifier,
        long sequenceNumber,
        String payloadType,
        String payloadRevision,
        String timeStamp,
        String payload,
        String metaData,
        String previousLink,
        String link,
        List<String> proof) {

    public StoredEvent stored() {
        return new StoredEvent(
                globalIndex,
                eventIdentifier,
                aggregateType,
                aggregateIdentifier,
                sequenceNumber,
                payloadType,
                payloadRevision,
                payload.getBytes(StandardCharsets.UTF_8),
                metaData == null ? null : metaData.getBytes(StandardCharsets.UTF_8),
                timeStamp);
    }

    public String simpleType() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
