package org.carbonmrv.calculation.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.monitoring.view.QaFindingView;
import org.carbonmrv.api.monitoring.view.QaSummary;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.calculation.report.ReductionReportProjection;
import org.carbonmrv.methodology.DocumentLayout;
import org.carbonmrv.methodology.Methodology;
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
 * A calculation version as a document a verifier reads line by line, in English or Chinese:
 * project and period, results, changes from the previous version, charts of the monthly series,
 * the monthly tables in the order of a verification report, every equation with its inputs,
 * value and rounding, the QA checks and the findings. Built from the stored version only (and the
 * QA checks as they stand), as well-formed XHTML so that the same text renders to PDF.
 */
final class ReportDocument {

    /** What the document shows besides the stored version. */
    record Content(
            ProjectView project,
            ReductionReportProjection.ReportSummary report,
            ReductionReportProjection.VersionDetail version,
            Methodology methodology,
            QaSummary checks) {}

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("title", new String[] {"Reduction report", "减排量计算报告"}),
            Map.entry("project", new String[] {"Project", "项目"}),
            Map.entry("owner", new String[] {"Owner organisation", "项目业主"}),
            Map.entry("verifier", new String[] {"Verifier", "核证机构"}),
            Map.entry("methodology", new String[] {"Methodology", "方法学"}),
            Map.entry("period", new String[] {"Reporting period", "监测期"}),
            Map.entry("version", new String[] {"Calculation version", "计算版本"}),
            Map.entry("digest", new String[] {"Input data set SHA-256", "输入数据集 SHA-256"}),
            Map.entry("results", new String[] {"Results", "计算结果"}),
            Map.entry("charts", new String[] {"Monthly series", "逐月数据图"}),
            Map.entry("parameters", new String[] {"Parameters and their sources", "参数及其来源"}),
            Map.entry("name", new String[] {"Parameter", "参数"}),
            Map.entry("unit", new String[] {"Unit", "单位"}),
            Map.entry("source", new String[] {"Source", "来源"}),
            Map.entry("reported", new String[] {"Reported", "报告频次"}),
            Map.entry("fixed", new String[] {"Fixed by the methodology version", "方法学版本规定"}),
            Map.entry("METER", new String[] {"meter", "计量仪表"}),
            Map.entry("LABORATORY", new String[] {"laboratory analysis", "实验室分析"}),
            Map.entry("MANUAL", new String[] {"manual record", "人工记录"}),
            Map.entry("CALCULATED", new String[] {"calculated", "计算"}),
            Map.entry("MONTH", new String[] {"per month", "按月"}),
            Map.entry("PERIOD", new String[] {"once per period", "每监测期一次"}),
            Map.entry("HOURLY", new String[] {"hourly (CEMS)", "按小时（CEMS）"}),
            Map.entry("tables", new String[] {"Monthly tables", "逐月数据表"}),
            Map.entry("equations", new String[] {"Equations, inputs and rounding", "计算公式、输入与修约"}),
            Map.entry("qa", new String[] {"QA checks of the monitored data (as they stand)", "监测数据质量检查（当前状态）"}),
            Map.entry("findings", new String[] {"Verification findings", "核查发现"}),
            Map.entry("changes", new String[] {"Changes from the previous version", "与上一版本相比的变化"}),
            Map.entry("symbol", new String[] {"Symbol", "符号"}),
            Map.entry("value", new String[] {"Value", "数值"}),
            Map.entry("formula", new String[] {"Formula", "公式"}),
            Map.entry("inputs", new String[] {"Inputs", "输入"}),
            Map.entry("rounding", new String[] {"Rounding", "修约"}),
            Map.entry("month", new String[] {"Month", "月份"}),
            Map.entry("total", new String[] {"Total", "合计"}),
            Map.entry("check", new String[] {"Check", "检查项"}),
            Map.entry("severity", new String[] {"Severity", "严重程度"}),
            Map.entry("status", new String[] {"Status", "状态"}),
            Map.entry("subject", new String[] {"Subject", "对象"}),
            Map.entry("message", new String[] {"Finding", "说明"}),
            Map.entry("kind", new String[] {"Kind", "类型"}),
            Map.entry("answer", new String[] {"Owner's answer", "业主答复"}),
            Map.entry("open", new String[] {"open", "未关闭"}),
            Map.entry("closed", new String[] {"closed", "已关闭"}),
            Map.entry("none", new String[] {"none", "无"}),
            Map.entry("recompute", new String[] {
                "Recompute offline: export the version's data set (GET …/versions/%d) and run ./mrv calculate --input <file>; "
                        + "its SHA-256 must be %s.",
                "离线复算：导出该版本的输入数据集（GET …/versions/%d），运行 ./mrv calculate --input <文件>；其 SHA-256 应为 %s。"
            }));

    private static final String STYLE = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #666; } }
            body { font-family: 'DejaVu Sans', 'Droid Sans Fallback', 'Noto Sans CJK SC', sans-serif; font-size: 9pt; color: #222; }
            h1 { font-size: 16pt; margin: 0 0 2mm 0; } h2 { font-size: 12pt; margin: 6mm 0 2mm 0; border-bottom: 1px solid #999; }
            h3 { font-size: 10pt; margin: 4mm 0 1mm 0; page-break-after: avoid; }
            table { border-collapse: collapse; margin: 1mm 0 3mm 0; page-break-inside: auto; }
            tr { page-break-inside: avoid; }
            td, th { border: 1px solid #999; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
            th { background: #eef1f4; }
            td.n { text-align: right; white-space: nowrap; }
            td.m { white-space: nowrap; }
            table.wide { width: 100%; table-layout: fixed; font-size: 8pt; }
            table.wide td.n, table.wide th { white-space: normal; word-wrap: break-word; }
            table.eq { width: 100%; table-layout: fixed; font-size: 8pt; }
            table.eq td { word-wrap: break-word; }
            table.eq td.n { white-space: normal; text-align: right; }
            .block { page-break-inside: avoid; }
            tr.total td { font-weight: bold; border-top: 2px solid #444; }
            .caption { font-size: 8pt; color: #444; margin: 0 0 1mm 0; }
            .code { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; word-wrap: break-word; }
            .legend span.key { display: inline-block; width: 3mm; height: 3mm; margin: 0 1mm 0 3mm; }
            .chart { page-break-inside: avoid; }
            .note { font-size: 8pt; color: #555; margin-top: 6mm; }
            """;

    private ReportDocument() {}

    static String xhtml(Content c, boolean chinese) {
        int l = chinese ? 1 : 0;
        var version = c.version();
        var report = c.report();
        StringBuilder h = new StringBuilder(65_536);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(chinese ? "zh" : "en")
                .append("\"><head><meta charset=\"utf-8\"/><title>")
                .append(label("title", l))
                .append(" · ")
                .append(esc(c.project().name()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
        h.append("<h1>").append(label("title", l)).append("</h1><table>");
        row(h, label("project", l), esc(c.project().name()));
        row(h, label("owner", l), esc(c.project().ownerOrganisation()));
        row(h, label("verifier", l), esc(report.verifierOrganisation()));
        row(h, label("methodology", l), esc(version.methodology()));
        row(
                h,
                label("period", l),
                c.project()
                        .reportingPeriod(report.reportingPeriodId())
                        .map(p -> p.start() + " – " + p.end())
                        .orElse(""));
        row(
                h,
                label("version", l),
                version.version() + " / " + report.latestVersion() + " (" + esc(report.status()) + ")");
        row(h, label("digest", l), "<span class=\"code\">" + esc(version.datasetDigest()) + "</span>");
        h.append("</table>");

        h.append("<h2>")
                .append(label("results", l))
                .append("</h2><table><tr><th>")
                .append(label("symbol", l))
                .append("</th><th>")
                .append(label("value", l))
                .append("</th></tr>");
        inTraceOrder(version.results(), version.trace())
                .forEach(symbol -> h.append("<tr><td>")
                        .append(esc(symbol))
                        .append("</td><td class=\"n\">")
                        .append(esc(version.results().path(symbol).asText()))
                        .append("</td></tr>"));
        h.append("</table>");

        if (version.changes() != null && !version.changes().isEmpty()) {
            h.append("<h2>").append(label("changes", l)).append("</h2><table>");
            version.changes()
                    .fields()
                    .forEachRemaining(e -> h.append("<tr><td>")
                            .append(esc(e.getKey()))
                            .append("</td><td class=\"n\">")
                            .append(esc(e.getValue().path("previous").asText()))
                            .append(" → ")
                            .append(esc(e.getValue().path("current").asText()))
                            .append("</td></tr>"));
            h.append("</table>");
        }

        parameters(h, c.methodology(), l);
        MonthlySteps steps = new MonthlySteps(version.trace());
        charts(h, steps, c.methodology().documentLayout(), l);
        monthlyTables(h, steps, c.methodology().documentLayout(), l);
        equations(h, version.trace(), l);
        qaChecks(h, c.checks(), l);
        findings(h, report, l);
        h.append("<p class=\"note\">")
                .append(esc(String.format(label("recompute", l), version.version(), version.datasetDigest())))
                .append("</p>");
        return h.append("</body></html>").toString();
    }

    /** The monitoring plan's parameters with their sources, then what the methodology version fixes. */
    private static void parameters(StringBuilder h, Methodology methodology, int l) {
        h.append("<h2 style=\"page-break-before: always\">")
                .append(label("parameters", l))
                .append("</h2><table class=\"wide\"><tr><th>")
                .append(label("symbol", l))
                .append("</th><th>")
                .append(label("name", l))
                .append("</th><th>")
                .append(label("unit", l))
                .append("</th><th>")
                .append(label("source", l))
                .append("</th><th>")
                .append(label("reported", l))
                .append("</th></tr>");
        for (ParameterDefinition p : methodology.parameters()) {
            String reported = p.aggregation() == ParameterDefinition.Aggregation.HOURLY
                    ? "HOURLY"
                    : p.scope().name();
            h.append("<tr><td>")
                    .append(esc(p.id()))
                    .append("</td><td>")
                    .append(esc(l == 1 ? p.nameZh() : p.nameEn()))
                    .append("</td><td>")
                    .append(esc(p.unit().symbol()))
                    .append("</td><td>")
                    .append(label(p.origin().name(), l))
                    .append("</td><td>")
                    .append(label(reported, l))
                    .append("</td></tr>");
        }
        MethodologyVersion version = methodology.catalogueEntry();
        new TreeMap<>(version.fixedParameters())
                .forEach((path, value) -> h.append("<tr><td>")
                        .append(esc(path))
                        .append("</td><td>")
                        .append(esc(value))
                        .append("</td><td></td><td>")
                        .append(label("fixed", l))
                        .append(" ")
                        .append(esc(version.key()))
                        .append("</td><td></td></tr>"));
        h.append("</table><p class=\"caption\">")
                .append(esc(version.key()))
                .append(": ")
                .append(esc(version.basis()))
                .append("</p>");
    }

    private static void charts(StringBuilder h, MonthlySteps steps, DocumentLayout layout, int l) {
        if (layout.charts().isEmpty()) {
            return;
        }
        String heading = "<h2>" + label("charts", l) + "</h2>";
        for (DocumentLayout.Chart chart : layout.charts()) {
            TreeSet<String> months = new TreeSet<>();
            chart.series().forEach(spec -> months.addAll(steps.of(spec.symbol()).keySet()));
            List<MonthlyChart.Series> series = new ArrayList<>();
            for (DocumentLayout.Series spec : chart.series()) {
                TreeMap<String, JsonNode> byMonth = steps.of(spec.symbol());
                if (spec.inputPrefix() == null) {
                    series.add(new MonthlyChart.Series(
                            l == 1 ? spec.labelZh() : spec.labelEn(),
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
            if (months.isEmpty()) {
                continue;
            }
            h.append("<div class=\"chart\">")
                    .append(heading)
                    .append("<h3>")
                    .append(esc(l == 1 ? chart.titleZh() : chart.titleEn()))
                    .append(" (")
                    .append(esc(chart.unit()))
                    .append(")</h3>")
                    .append(MonthlyChart.svg(months, series));
            heading = "";
            h.append("<div class=\"legend\">");
            for (int k = 0; k < series.size(); k++) {
                h.append("<span class=\"key\" style=\"background:")
                        .append(MonthlyChart.COLOURS[k % MonthlyChart.COLOURS.length])
                        .append("\">&#160;</span>")
                        .append(esc(series.get(k).label()));
            }
            h.append("</div></div>");
        }
    }

    /** The layout's tables first, in the verifier's order, then any other monthly steps the trace holds. */
    private static void monthlyTables(StringBuilder h, MonthlySteps steps, DocumentLayout layout, int l) {
        if (steps.bySymbol().isEmpty()) {
            return;
        }
        List<String[]> tables = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (DocumentLayout.MonthlyTable table : layout.tables()) {
            if (!steps.of(table.symbol()).isEmpty()) {
                tables.add(new String[] {table.symbol(), l == 1 ? table.titleZh() : table.titleEn()});
                shown.add(table.symbol());
            }
        }
        steps.bySymbol().keySet().stream()
                .filter(s -> !shown.contains(s))
                .forEach(s -> tables.add(new String[] {s, s}));
        String heading = "<h2>" + label("tables", l) + "</h2>";
        for (String[] table : tables) {
            h.append("<div class=\"block\">").append(heading);
            monthlyTable(h, steps, table[0], table[1], l);
            h.append("</div>");
            heading = "";
        }
    }

    private static void monthlyTable(StringBuilder h, MonthlySteps steps, String symbol, String title, int l) {
        TreeMap<String, JsonNode> byMonth = steps.of(symbol);
        JsonNode first = byMonth.firstEntry().getValue();
        Set<String> inputs = new LinkedHashSet<>();
        byMonth.values().forEach(s -> s.path("inputs").fieldNames().forEachRemaining(inputs::add));
        h.append("<h3>")
                .append(esc(title))
                .append("</h3><p class=\"caption\">")
                .append(esc(symbol))
                .append(" = ")
                .append(esc(first.path("formula").asText()))
                .append(" · ")
                .append(label("rounding", l))
                .append(": ")
                .append(esc(first.path("rounding").asText()))
                .append("</p><table class=\"")
                .append(inputs.size() > 3 ? "wide" : "")
                .append("\"><tr><th>")
                .append(label("month", l))
                .append("</th>");
        inputs.forEach(i -> h.append("<th>").append(esc(i)).append("</th>"));
        h.append("<th>")
                .append(esc(symbol))
                .append(" (")
                .append(esc(first.path("unit").asText()))
                .append(")</th></tr>");
        byMonth.forEach((month, step) -> {
            h.append("<tr><td class=\"m\">").append(month).append("</td>");
            inputs.forEach(i -> h.append("<td class=\"n\">")
                    .append(esc(step.path("inputs").path(i).asText("")))
                    .append("</td>"));
            h.append("<td class=\"n\">")
                    .append(esc(step.path("value").asText()))
                    .append("</td></tr>");
        });
        steps.total(symbol).ifPresent(total -> {
            h.append("<tr class=\"total\"><td>").append(label("total", l)).append("</td>");
            inputs.forEach(i -> h.append("<td></td>"));
            h.append("<td class=\"n\">")
                    .append(esc(total.path("value").asText()))
                    .append("</td></tr>");
        });
        h.append("</table>");
    }

    private static void equations(StringBuilder h, JsonNode trace, int l) {
        h.append("<h2 style=\"page-break-before: always\">")
                .append(label("equations", l))
                .append("</h2><table class=\"eq\"><tr><th style=\"width:16%\">")
                .append(label("symbol", l))
                .append("</th><th style=\"width:28%\">")
                .append(label("formula", l))
                .append("</th><th style=\"width:28%\">")
                .append(label("inputs", l))
                .append("</th><th style=\"width:16%\">")
                .append(label("value", l))
                .append("</th><th style=\"width:12%\">")
                .append(label("rounding", l))
                .append("</th></tr>");
        for (JsonNode step : trace) {
            if (MonthlySteps.isMonthly(step)) {
                continue; // in the monthly tables
            }
            StringBuilder inputs = new StringBuilder();
            step.path("inputs")
                    .fields()
                    .forEachRemaining(i -> inputs.append(esc(i.getKey()))
                            .append(" = ")
                            .append(esc(i.getValue().asText()))
                            .append("<br/>"));
            h.append("<tr><td>")
                    .append(esc(step.path("symbol").asText()))
                    .append("</td><td>")
                    .append(esc(step.path("formula").asText()))
                    .append("</td><td class=\"code\">")
                    .append(inputs)
                    .append("</td><td class=\"n\">")
                    .append(esc(step.path("value").asText()))
                    .append(' ')
                    .append(esc(step.path("unit").asText()))
                    .append("</td><td>")
                    .append(esc(step.path("rounding").asText()))
                    .append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void qaChecks(StringBuilder h, QaSummary checks, int l) {
        h.append("<h2>").append(label("qa", l)).append("</h2>");
        if (checks == null || checks.findings().isEmpty()) {
            h.append("<p>").append(label("none", l)).append("</p>");
            return;
        }
        h.append("<table><tr><th>")
                .append(label("check", l))
                .append("</th><th>")
                .append(label("severity", l))
                .append("</th><th>")
                .append(label("status", l))
                .append("</th><th>")
                .append(label("subject", l))
                .append("</th><th>")
                .append(label("message", l))
                .append("</th></tr>");
        for (QaFindingView f : checks.findings()) {
            h.append("<tr><td>")
                    .append(esc(f.check()))
                    .append("</td><td>")
                    .append(esc(f.severity().name()))
                    .append("</td><td>")
                    .append(esc(f.status().name()))
                    .append("</td><td>")
                    .append(esc(f.subject()))
                    .append("</td><td>")
                    .append(esc(f.message()))
                    .append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void findings(StringBuilder h, ReductionReportProjection.ReportSummary report, int l) {
        h.append("<h2>").append(label("findings", l)).append("</h2>");
        if (report.findings().isEmpty()) {
            h.append("<p>").append(label("none", l)).append("</p>");
            return;
        }
        h.append("<table><tr><th>")
                .append(label("kind", l))
                .append("</th><th>")
                .append(label("subject", l))
                .append("</th><th>")
                .append(label("message", l))
                .append("</th><th>")
                .append(label("answer", l))
                .append("</th><th>")
                .append(label("status", l))
                .append("</th></tr>");
        for (var f : report.findings()) {
            h.append("<tr><td>")
                    .append(esc(f.kind()))
                    .append("</td><td>")
                    .append(esc(f.subject()))
                    .append("</td><td>")
                    .append(esc(f.text()))
                    .append("</td><td>")
                    .append(esc(f.answer()))
                    .append("</td><td>")
                    .append(f.closedAt() == null ? label("open", l) : label("closed", l) + " " + f.closedAt())
                    .append("</td></tr>");
        }
        h.append("</table>");
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

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><th>").append(name).append("</th><td>").append(value).append("</td></tr>");
    }

    private static String label(String key, int language) {
        return LABELS.get(key)[language];
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch); // control characters are not allowed in XML, so a stray one is dropped
                    }
                }
            }
        }
        return out.toString();
    }
}
