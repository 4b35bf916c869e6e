package org.carbonmrv.auditservice.feed;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An event of the platform as a CloudEvents 1.0 event in its JSON format: {@code id} the event's
 * identifier (stable, so a receiver can tell a repeat), {@code source} the aggregate it belongs to,
 * {@code type} {@code org.carbonmrv.} and the event's name, {@code subject} the project it concerns,
 * {@code sequence} (the Sequence extension) its place in the feed, the cursor to continue after.
 */
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        String time,
        String datacontenttype,
        String sequence,
        JsonNode data) {

    static final String SPEC_VERSION = "1.0";
    public static final String TYPE_PREFIX = "org.carbonmrv.";
}
