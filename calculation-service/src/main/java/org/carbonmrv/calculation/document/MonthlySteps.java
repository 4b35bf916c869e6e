package org.carbonmrv.calculation.document;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The trace's monthly steps ({@code symbol[yyyy-MM]}) by symbol and month, and its other steps by symbol. */
final class MonthlySteps {

    private static final Pattern MONTHLY = Pattern.compile("(.+)\\[(\\d{4}-\\d{2})]");

    private final Map<String, TreeMap<String, JsonNode>> bySymbol = new LinkedHashMap<>();
    private final Map<String, JsonNode> annual = new LinkedHashMap<>();

    MonthlySteps(JsonNode trace) {
        for (JsonNode step : trace) {
            String symbol = step.path("symbol").asText();
            Matcher m = MONTHLY.matcher(symbol);
            if (m.matches()) {
                bySymbol.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(m.group(2), step);
            } else {
                annual.put(symbol, step);
            }
        }
    }

    static boolean isMonthly(JsonNode step) {
        return MONTHLY.matcher(step.path("symbol").asText()).matches();
    }

    Map<String, TreeMap<String, JsonNode>> bySymbol() {
        return bySymbol;
    }

    TreeMap<String, JsonNode> of(String symbol) {
        return bySymbol.getOrDefault(symbol, new TreeMap<>());
    }

    /** The period's total of a monthly symbol, as the calculation summed it ({@code symbol_y}). */
    Optional<JsonNode> total(String symbol) {
        return Optional.ofNullable(annual.get(symbol + "_y"));
    }
}
