package org.carbonmrv.api.calculation;

import java.util.Map;

/**
 * One named quantity of a calculation: how it was computed, from what, the value, its unit and
 * the rounding applied, so that a reader can redo the step by hand.
 */
public record TraceLine(
        String symbol, String formula, Map<String, String> inputs, String value, String unit, String rounding) {
    public TraceLine {
        inputs = Map.copyOf(inputs);
    }
}
