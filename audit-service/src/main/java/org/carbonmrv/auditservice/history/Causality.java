package org.carbonmrv.auditservice.history;

import java.util.List;

/**
 * An event with what caused it and what it caused: the events of its causation chain upwards, the
 * events it caused (and they caused) downwards, and every event of the same request (correlation).
 * Commands are not stored; a chain goes through one by the {@code commandCausationId} its events
 * carry (events stored before it was introduced end at the command). The correlation holds the
 * whole request.
 */
record Causality(
        HistoryEntry event, List<HistoryEntry> causedBy, List<HistoryEntry> caused, List<HistoryEntry> correlated) {}
