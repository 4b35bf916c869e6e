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
    public BigDecimal record(String symbol, String formula, Map<String, BigDecimal> inputs, BigDecimal value,
                             String unit, Rounding rounding) {
        Map<String, String> printed = new LinkedHashMap<>();
        inputs.forEach((k, v) -> printed.put(k, v.toPlainString()));
        steps.add(new TraceStep(symbol, formula, printed, value.toPlainString(), unit, rounding.description()));
        return value;
    }

    public List<TraceStep> steps() {
        return List.copyOf(steps);
    }
}
