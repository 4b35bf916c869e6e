package org.carbonmrv.methodology;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one calculation: headline results (decimal strings keyed by the methodology's
 * symbols), per-month figures, and the trace.
 */
public record Calculation(
        String methodologyId,
        String methodologyVersion,
        LocalDate periodStart,
        LocalDate periodEnd,
        Map<String, String> results,
        List<Map<String, String>> monthly,
        List<TraceStep> trace) {}
