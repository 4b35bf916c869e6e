package org.carbonmrv.auditservice.history;

import java.time.Instant;
import java.util.List;

/** Which entries of a project's history: of these event types, by this actor, between these times (all optional). */
record HistoryFilter(List<String> kinds, String actor, Instant from, Instant to) {}
