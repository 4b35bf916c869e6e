package org.carbonmrv.methodology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the steps of a calculation in the order they were made. */
public final class Trace {

    private final List<TraceStep> steps = new ArrayList<>();

    /** Records a step and returns its value, so that a formula reads as one expression. */
    public BigDecimal record(
            String symbol,
            String formula,
            Map<String, BigDecimal> inputs,
            BigDecimal value,
            String unit,
            Rounding rounding) {
        Map<String, String> printed = new LinkedHashMap<>();
        inputs.forEach((k, v) -> printed.put(k, v.toPlainString()));
        steps.add(new TraceStep(symbol, formula, printed, value.toPlainString(), unit, rounding.description()));
        return value;
    }

    /** Named inputs in the order given: {@code inputs("a", a, "b", b)}. */
    public static Map<String, BigDecimal> inputs(Object... namesAndValues) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], (BigDecimal) namesAndValues[i + 1]);
        }
        return map;
    }

    public List<TraceStep> steps() {
        return List.copyOf(steps);
    }
}
