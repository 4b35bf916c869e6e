package org.carbonmrv.calculation.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.monitoring.view.QaFindingView;
import org.carbonmrv.methodology.DocumentLayout;
import org.carbonmrv.methodology.MethodologyVersion;
import org.carbonmrv.methodology.ParameterDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the calculation document shows, read from the stored version in the order a verifier reads
 * it: the template ({@code templates/document/report.html}) only lays it out, and the message
 * bundles give its words. Texts of the methodology (parameter names, table and chart titles) come
 * in the document's language from the methodology itself.
 */
record DocumentModel(
        String projectName,
        String owner,
        String verifier,
        String methodology,
        String period,
        String version,
        String datasetDigest,
        List<Symbol> results,
        List<Change> changes,
        List<Parameter> parameters,
        List<Fixed> fixed,
        String basis,
        List<Chart> charts,
        List<MonthlyTable> tables,
        List<Equation> equations,
        List<QaFindingView> checks,
        List<Finding> findings,
        String recomputeVersion) {

    record Symbol(String symbol, String value) {}

    record Change(String symbol, String previous, String current) {}

    /** @param origin the key of the parameter's source, {@code document.origin.*}; reporting {@code document.reporting.*} */
    record Parameter(String symbol, String name, String unit, String origin, String reporting) {}

    record Fixed(String path, String value, String methodologyVersion) {}

    record Legend(String colour, String label) {}

    record Chart(String title, String unit, String svg, List<Legend> legend) {}

    record MonthlyTable(
            String title,
            String symbol,
            String formula,
            String rounding,
            String unit,
            boolean wide,
            List<String> inputs,
            List<MonthRow> months,
            String total) {}

    record MonthRow(String month, List<String> inputs, String value) {}

    record Equation(String symbol, String formula, List<String> inputs, String value, String rounding) {}

    record Finding(String kind, String subject, String text, String answer, String closedAt) {}

    static DocumentModel of(ReportDocument.Content c, boolean chinese) {
        var version = c.version();
        var report = c.report();
        MonthlySteps steps = new MonthlySteps(version.trace());
        MethodologyVersion entry = c.methodology().catalogueEntry();
        List<Change> changes = new ArrayList<>();
        if (version.changes() != null) {
            version.changes()
                    .fields()
                    .forEachRemaining(e -> changes.add(new Change(
                            e.getKey(),
                            e.getValue().path("previous").asText(),
                            e.getValue().path("current").asText())));
        }
        return new DocumentModel(
                c.project().name(),
                c.project().ownerOrganisation(),
                report.verifierOrganisation(),
                version.methodology(),
                c.project()
                        .reportingPeriod(report.reportingPeriodId())
                        .map(p -> p.start() + " – " + p.end())
                        .orElse(""),
                version.version() + " / " + report.latestVersion() + " (" + report.status() + ")",
                version.datasetDigest(),
                inTraceOrder(version.results(), version.trace()).stream()
                        .map(s -> new Symbol(s, version.results().path(s).asText()))
                        .toList(),
                changes,
                c.methodology().parameters().stream()
                        .map(p -> new Parameter(
                                p.id(),
                                chinese ? p.nameZh() : p.nameEn(),
                                p.unit().symbol(),
                                p.origin().name(),
                                p.aggregation() == ParameterDefinition.Aggregation.HOURLY
                                        ? "HOURLY"
                                        : p.scope().name()))
                        .toList(),
                new TreeMap<>(entry.fixedParameters())
                        .entrySet().stream()
                                .map(e -> new Fixed(e.getKey(), e.getValue(), entry.key()))
                                .toList(),
                entry.key() + ": " + entry.basis(),
                charts(steps, c.methodology().documentLayout(), chinese),
                tables(steps, c.methodology().documentLayout(), chinese),
                equations(version.trace()),
                c.checks() == null ? List.of() : c.checks().findings(),
                report.findings().stream()
                        .map(f -> new Finding(
                                f.kind(),
                                f.subject(),
                                f.text(),
                                f.answer(),
                                f.closedAt() == null ? null : f.closedAt().toString()))
                        .toList(),
                String.valueOf(version.version()));
    }

    private static List<Chart> charts(MonthlySteps steps, DocumentLayout layout, boolean chinese) {
        List<Chart> charts = new ArrayList<>();
        for (DocumentLayout.Chart chart : layout.charts()) {
            TreeSet<String> months = new TreeSet<>();
            chart.series().forEach(spec -> months.addAll(steps.of(spec.symbol()).keySet()));
            if (months.isEmpty()) {
                continue;
            }
            List<MonthlyChart.Series> series = new ArrayList<>();
            for (DocumentLayout.Series spec : chart.series()) {
                TreeMap<String, JsonNode> byMonth = steps.of(spec.symbol());
                if (spec.inputPrefix() == null) {
                    series.add(new MonthlyChart.Series(
                            chinese ? spec.labelZh() : spec.labelEn(),
                            months.stream()
                                    .map(m -> byMonth.containsKey(m)
                                            ? decimal(
                                                    byMonth.get(m).path("value").asText())
                                            : null)
                                    .toList()));
                } else {
                    Set<String> inputs = new LinkedHashSet<>();
                    byMonth.values()
                            .forEach(s -> s.path("inputs").fieldNames().forEachRemaining(n -> {
                                if (n.startsWith(spec.inputPrefix())) {
                                    inputs.add(n);
                                }
                            }));
                    inputs.forEach(input -> series.add(new MonthlyChart.Series(
                            input,
                            months.stream()
                                    .map(m -> byMonth.containsKey(m)
                                            ? decimal(byMonth.get(m)
                                                    .path("inputs")
                                                    .path(input)
                                                    .asText())
                                            : null)
                                    .toList())));
                }
            }
            List<Legend> legend = new ArrayList<>();
            for (int k = 0; k < series.size(); k++) {
                legend.add(new Legend(
                        MonthlyChart.COLOURS[k % MonthlyChart.COLOURS.length],
                        series.get(k).label()));
            }
            charts.add(new Chart(
                    chinese ? chart.titleZh() : chart.titleEn(),
                    chart.unit(),
                    MonthlyChart.svg(months, series),
                    legend));
        }
        return charts;
    }

    /** The layout's tables first, in the verifier's order, then any other monthly steps the trace holds. */
    private static List<MonthlyTable> tables(MonthlySteps steps, DocumentLayout layout, boolean chinese) {
        List<MonthlyTable> tables = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (DocumentLayout.MonthlyTable table : layout.tables()) {
            if (!steps.of(table.symbol()).isEmpty()) {
                tables.add(table(steps, table.symbol(), chinese ? table.titleZh() : table.titleEn()));
                shown.add(table.symbol());
            }
        }
        steps.bySymbol().keySet().stream().filter(s -> !shown.contains(s)).forEach(s -> tables.add(table(steps, s, s)));
        return tables;
    }

    private static MonthlyTable table(MonthlySteps steps, String symbol, String title) {
        TreeMap<String, JsonNode> byMonth = steps.of(symbol);
        JsonNode first = byMonth.firstEntry().getValue();
        Set<String> inputs = new LinkedHashSet<>();
        byMonth.values().forEach(s -> s.path("inputs").fieldNames().forEachRemaining(inputs::add));
        List<MonthRow> months = new ArrayList<>();
        byMonth.forEach((month, step) -> months.add(new MonthRow(
                month,
                inputs.stream().map(i -> step.path("inputs").path(i).asText("")).toList(),
                step.path("value").asText())));
        return new MonthlyTable(
                title,
                symbol,
                first.path("formula").asText(),
                first.path("rounding").asText(),
                first.path("unit").asText(),
                inputs.size() > 3,
                List.copyOf(inputs),
                months,
                steps.total(symbol).map(t -> t.path("value").asText()).orElse(null));
    }

    /** The steps that are not monthly (those are in the monthly tables), each with its inputs. */
    private static List<Equation> equations(JsonNode trace) {
        List<Equation> equations = new ArrayList<>();
        for (JsonNode step : trace) {
            if (MonthlySteps.isMonthly(step)) {
                continue;
            }
            List<String> inputs = new ArrayList<>();
            step.path("inputs")
                    .fields()
                    .forEachRemaining(
                            i -> inputs.add(i.getKey() + " = " + i.getValue().asText()));
            equations.add(new Equation(
                    step.path("symbol").asText(),
                    step.path("formula").asText(),
                    inputs,
                    step.path("value").asText() + " " + step.path("unit").asText(),
                    step.path("rounding").asText()));
        }
        return equations;
    }

    /** Result symbols in the order the calculation recorded them (a stored object may have lost its order). */
    private static List<String> inTraceOrder(JsonNode results, JsonNode trace) {
        Map<String, Integer> position = new HashMap<>();
        int i = 0;
        for (JsonNode step : trace) {
            position.putIfAbsent(step.path("symbol").asText(), i++);
        }
        List<String> symbols = new ArrayList<>();
        results.fieldNames().forEachRemaining(symbols::add);
        symbols.sort(Comparator.comparing((String s) -> position.getOrDefault(s, Integer.MAX_VALUE)));
        return symbols;
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
