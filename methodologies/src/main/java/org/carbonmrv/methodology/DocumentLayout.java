package org.carbonmrv.methodology;

import java.util.List;

/**
 * How a methodology's calculation is laid out for a verifier: the monthly tables in the order of
 * a verification report, and the charts of its monthly series. Both are read from the trace, so a
 * document shows only figures the calculation recorded.
 */
public record DocumentLayout(List<MonthlyTable> tables, List<Chart> charts) {

    public static final DocumentLayout NONE = new DocumentLayout(List.of(), List.of());

    /** The monthly steps {@code symbol[yyyy-MM]} as one table: months down, the step's inputs and value across. */
    public record MonthlyTable(String symbol, String titleEn, String titleZh) {}

    public record Chart(String titleEn, String titleZh, String unit, List<Series> series) {}

    /**
     * A monthly series: the value of the steps {@code symbol[month]}, or, with {@code inputPrefix},
     * one series per input of those steps whose name starts with it (one per furnace, say).
     */
    public record Series(String symbol, String inputPrefix, String labelEn, String labelZh) {

        public static Series value(String symbol, String labelEn, String labelZh) {
            return new Series(symbol, null, labelEn, labelZh);
        }

        public static Series inputs(String symbol, String inputPrefix) {
            return new Series(symbol, inputPrefix, null, null);
        }
    }
}
