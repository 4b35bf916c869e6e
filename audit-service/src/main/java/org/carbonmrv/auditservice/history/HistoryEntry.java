package org.carbonmrv.auditservice.history;

import java.time.Instant;
import java.util.List;

/**
 * One sealed event as the auditor reads it: what, where in the history, who, in which role, and
 * why: {@code causationId} the message it came from (a command, mostly), {@code
 * commandCausationId} the event whose handler sent that command, when one did.
 */
record HistoryEntry(
        long globalIndex,
        long position,
        String eventIdentifier,
        String event,
        String aggregateType,
        String aggregateIdentifier,
        long sequenceNumber,
        Instant occurredAt,
        String actor,
        String organisation,
        List<String> roles,
        String clientId,
        String correlationId,
        String causationId,
        String commandCausationId) {}
