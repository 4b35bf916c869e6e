package org.carbonmrv.api.project;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event of a project's history as the project's readers see it: what happened ({@code event},
 * the event's name, and a summary in words), when, and who did it for which organisation in which
 * roles (a machine client names its client id). {@code details} are the summary's particulars by
 * name (a reason, a period, a verifier), for readers who word the summary in their own language.
 */
public record ProjectHistoryEntry(
        long sequence,
        Instant at,
        String event,
        String summary,
        Map<String, String> details,
        String actor,
        String organisation,
        List<String> roles,
        String clientId) {}
