package org.carbonmrv.api.monitoring;

import java.util.Map;

/** A critical finding of a period's QA checks as they ran: which check, about what, and the data it points to. */
public record CriticalQaFinding(
        String findingId, String check, String subject, String message, Map<String, String> data) {

    public CriticalQaFinding {
        data = Map.copyOf(data);
    }
}
