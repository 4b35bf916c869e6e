package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A period's monthly aggregates as the charts draw them: one chart per parameter, a bar per month
 * and source. The values stay the decimal strings the monitoring-service summed; only the chart
 * turns them into numbers to draw.
 */
record MonthlySeries(String parameter, String unit, List<String> months, List<Source> sources) {

    record Source(String source, List<String> sums) {}

    static List<MonthlySeries> of(List<JsonNode> aggregates) {
        Map<String, TreeMap<String, Map<String, String>>> byParameter = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (JsonNode a : aggregates) {
            if (a.path("month").isNull() || a.path("month").asText().isEmpty()) {
                continue; // once per period: nothing to draw by month
            }
            String parameter = a.path("parameter").asText();
            units.putIfAbsent(parameter, a.path("unit").asText());
            byParameter
                    .computeIfAbsent(parameter, p -> new TreeMap<>())
                    .computeIfAbsent(a.path("source").asText(), s -> new TreeMap<>())
                    .put(a.path("month").asText(), a.path("sum").asText());
        }
        List<MonthlySeries> charts = new ArrayList<>();
        byParameter.forEach((parameter, sources) -> {
            TreeSet<String> months = new TreeSet<>();
            sources.values().forEach(m -> months.addAll(m.keySet()));
            List<Source> series = new ArrayList<>();
            sources.forEach((source, sums) -> series.add(new Source(
                    source, months.stream().map(m -> sums.getOrDefault(m, null)).toList())));
            charts.add(new MonthlySeries(parameter, units.get(parameter), List.copyOf(months), series));
        });
        return charts;
    }
}
