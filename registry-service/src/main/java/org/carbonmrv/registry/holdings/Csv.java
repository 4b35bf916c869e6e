package org.carbonmrv.registry.holdings;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV of query rows: a header from the first row's columns, fields quoted when needed.
 * Public exports carry text that anyone who retires credits wrote (beneficiary, reason): a text
 * that a spreadsheet would run as a formula ({@code =HYPERLINK(...)}, {@code +cmd}, {@code @SUM})
 * is written with a leading apostrophe, so it is shown, not run. Numbers are written as they are.
 */
final class Csv {

    private Csv() {
    }

    static String of(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        List<String> columns = List.copyOf(rows.get(0).keySet());
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (Map<String, Object> row : rows) {
            csv.append(columns.stream().map(c -> field(row.get(c))).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Number ? String.valueOf(value) : inert(String.valueOf(value));
        return text.matches("(?s).*[\",\r\n].*") || text.startsWith(" ") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
