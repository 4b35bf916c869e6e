package org.carbonmrv.methodology;

import java.util.LinkedHashMap;
import java.util.Map;

/** One named quantity of a calculation: formula, the inputs it used, its value, unit and rounding. */
public record TraceStep(
        String symbol, String formula, Map<String, String> inputs, String value, String unit, String rounding) {
    public TraceStep {
        inputs = new LinkedHashMap<>(inputs);
    }
}
