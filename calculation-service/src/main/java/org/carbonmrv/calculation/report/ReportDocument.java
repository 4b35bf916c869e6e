package org.carbonmrv.calculation.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.project.ProjectView;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calculation version as a document a verifier reads line by line, in English or Chinese:
 * the project and period, the headline results, the monthly figures, every equation with its
 * inputs, value and rounding, and the findings. Built from the stored version only.
 */
final class ReportDocument {

    private static final Pattern MONTHLY = Pattern.compile("(.+)\\[(\\d{4}-\\d{2})]");
    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("title", new String[]{"Reduction report", "减排量计算报告"}),
            Map.entry("project", new String[]{"Project", "项目"}),
            Map.entry("owner", new String[]{"Owner organisation", "项目业主"}),
            Map.entry("methodology", new String[]{"Methodology", "方法学"}),
            Map.entry("period", new String[]{"Reporting period", "监测期"}),
            Map.entry("version", new String[]{"Calculation version", "计算版本"}),
            Map.entry("digest", new String[]{"Input data set SHA-256", "输入数据集 SHA-256"}),
            Map.entry("results", new String[]{"Results", "计算结果"}),
            Map.entry("monthly", new String[]{"Monthly figures", "逐月数据"}),
            Map.entry("equations", new String[]{"Equations, inputs and rounding", "计算公式、输入与修约"}),
            Map.entry("findings", new String[]{"Verification findings", "核查发现"}),
            Map.entry("changes", new String[]{"Changes from the previous version", "与上一版本相比的变化"}),
            Map.entry("symbol", new String[]{"Symbol", "符号"}),
            Map.entry("value", new String[]{"Value", "数值"}),
            Map.entry("formula", new String[]{"Formula", "公式"}),
            Map.entry("inputs", new String[]{"Inputs", "输入"}),
            Map.entry("rounding", new String[]{"Rounding", "修约"}),
            Map.entry("month", new String[]{"Month", "月份"}),
            Map.entry("none", new String[]{"none", "无"}));

    private ReportDocument() {
    }

    static String html(ProjectView project, ReductionReportProjection.ReportSummary report,
                       ReductionReportProjection.VersionDetail version, boolean chinese) {
        int l = chinese ? 1 : 0;
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html><html lang=\"").append(chinese ? "zh" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(label("title", l)).append(" · ").append(esc(project.name())).append("</title>")
                .append("<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}")
                .append("td.n{text-align:right;font-family:monospace}code{font-size:90%}</style></head><body>");
        h.append("<h1>").append(label("title", l)).append("</h1><table>");
        row(h, label("project", l), esc(project.name()));
        row(h, label("owner", l), esc(project.ownerOrganisation()));
        row(h, label("methodology", l), esc(version.methodology()));
        row(h, label("period", l), project.reportingPeriod(report.reportingPeriodId())
                .map(p -> p.start() + " – " + p.end()).orElse(""));
        row(h, label("version", l), version.version() + " / " + report.latestVersion() + " (" + esc(report.status()) + ")");
        row(h, label("digest", l), "<code>" + esc(version.datasetDigest()) + "</code>");
        h.append("</table>");

        h.append("<h2>").append(label("results", l)).append("</h2><table><tr><th>").append(label("symbol", l))
                .append("</th><th>").append(label("value", l)).append("</th></tr>");
        version.results().fields().forEachRemaining(e -> h.append("<tr><td>").append(esc(e.getKey()))
                .append("</td><td class=\"n\">").append(esc(e.getValue().asText())).append("</td></tr>"));
        h.append("</table>");

        if (version.changes() != null && version.changes().size() > 0) {
            h.append("<h2>").append(label("changes", l)).append("</h2><table>");
            version.changes().fields().forEachRemaining(e -> h.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">")
                    .append(esc(e.getValue().path("previous").asText())).append(" → ")
                    .append(esc(e.getValue().path("current").asText())).append("</td></tr>"));
            h.append("</table>");
        }

        monthlyTable(h, version.trace(), l);

        h.append("<h2>").append(label("equations", l)).append("</h2><table><tr><th>").append(label("symbol", l))
                .append("</th><th>").append(label("formula", l)).append("</th><th>").append(label("inputs", l))
                .append("</th><th>").append(label("value", l)).append("</th><th>").append(label("rounding", l)).append("</th></tr>");
        for (JsonNode step : version.trace()) {
            StringBuilder inputs = new StringBuilder();
            step.path("inputs").fields().forEachRemaining(i -> inputs.append(esc(i.getKey())).append(" = ")
                    .append(esc(i.getValue().asText())).append("<br>"));
            h.append("<tr><td>").append(esc(step.path("symbol").asText())).append("</td><td>").append(esc(step.path("formula").asText()))
                    .append("</td><td><code>").append(inputs).append("</code></td><td class=\"n\">")
                    .append(esc(step.path("value").asText())).append(' ').append(esc(step.path("unit").asText()))
                    .append("</td><td>").append(esc(step.path("rounding").asText())).append("</td></tr>");
        }
        h.append("</table>");

        h.append("<h2>").append(label("findings", l)).append("</h2>");
        if (report.findings().isEmpty()) {
            h.append("<p>").append(label("none", l)).append("</p>");
        } else {
            h.append("<table>");
            for (var f : report.findings()) {
                h.append("<tr><td>").append(esc(f.kind())).append("</td><td>").append(esc(f.subject())).append("</td><td>")
                        .append(esc(f.text())).append("</td><td>").append(f.answer() == null ? "" : esc(f.answer()))
                        .append("</td><td>").append(f.closedAt() == null ? "open" : "closed " + f.closedAt()).append("</td></tr>");
            }
            h.append("</table>");
        }
        return h.append("</body></html>").toString();
    }

    /** The trace's monthly steps (symbol[yyyy-MM]) as a table: months down, symbols across. */
    private static void monthlyTable(StringBuilder h, JsonNode trace, int l) {
        Map<String, Map<String, String>> byMonth = new LinkedHashMap<>();
        TreeSet<String> symbols = new TreeSet<>();
        for (Iterator<JsonNode> it = trace.elements(); it.hasNext(); ) {
            JsonNode step = it.next();
            Matcher m = MONTHLY.matcher(step.path("symbol").asText());
            if (m.matches()) {
                symbols.add(m.group(1));
                byMonth.computeIfAbsent(m.group(2), k -> new LinkedHashMap<>()).put(m.group(1), step.path("value").asText());
            }
        }
        if (byMonth.isEmpty()) {
            return;
        }
        h.append("<h2>").append(label("monthly", l)).append("</h2><table><tr><th>").append(label("month", l)).append("</th>");
        symbols.forEach(s -> h.append("<th>").append(esc(s)).append("</th>"));
        h.append("</tr>");
        byMonth.forEach((month, values) -> {
            h.append("<tr><td>").append(month).append("</td>");
            symbols.forEach(s -> h.append("<td class=\"n\">").append(esc(values.getOrDefault(s, ""))).append("</td>"));
            h.append("</tr>");
        });
        h.append("</table>");
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
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
