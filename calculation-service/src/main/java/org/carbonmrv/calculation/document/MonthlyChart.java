package org.carbonmrv.calculation.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

/**
 * A grouped bar chart of monthly series as inline SVG, readable in a browser and by the PDF
 * renderer alike. Text inside the SVG is ASCII only (months and numbers): titles and legends
 * stay in the HTML, where the document's fonts cover Chinese.
 */
final class MonthlyChart {

    static final String[] COLOURS = {"#2f6f9f", "#e08a2c", "#4f9a4f", "#9a4f8f"};
    private static final int WIDTH = 680;
    private static final int HEIGHT = 220;
    private static final int LEFT = 62;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 28;

    record Series(String label, List<BigDecimal> values) {}

    private MonthlyChart() {}

    /** Pixel positions only: the figures themselves are printed exactly in the tables. */
    static String svg(SortedSet<String> months, List<Series> series) {
        double max = series.stream()
                .flatMap(s -> s.values().stream())
                .filter(v -> v != null)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(0);
        double step = niceStep(max / 4);
        double top = Math.max(step, Math.ceil(max / step) * step);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = (double) plotWidth / Math.max(1, months.size());
        double bar = slot * 0.8 / Math.max(1, series.size());

        StringBuilder s = new StringBuilder(4096);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\">");
        for (double tick = 0; tick <= top + step / 2; tick += step) {
            double y = TOP + plotHeight - tick / top * plotHeight;
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\" stroke-width=\"1\"/>",
                    LEFT,
                    y,
                    WIDTH - RIGHT,
                    y));
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"#444\" "
                            + "font-family=\"sans-serif\">%s</text>",
                    LEFT - 4,
                    y + 3,
                    label(tick)));
        }
        int i = 0;
        for (String month : months) {
            double x0 = LEFT + i * slot + slot * 0.1;
            for (int k = 0; k < series.size(); k++) {
                BigDecimal value = series.get(k).values().get(i);
                if (value == null || value.signum() <= 0) {
                    continue;
                }
                double h = value.doubleValue() / top * plotHeight;
                s.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                        x0 + k * bar,
                        TOP + plotHeight - h,
                        Math.max(1, bar - 1),
                        h,
                        COLOURS[k % COLOURS.length]));
            }
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#444\" "
                            + "font-family=\"sans-serif\">%s</text>",
                    LEFT + i * slot + slot / 2,
                    HEIGHT - 10,
                    month.substring(2)));
            i++;
        }
        s.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\" stroke-width=\"1\"/>",
                LEFT,
                TOP + plotHeight,
                WIDTH - RIGHT,
                TOP + plotHeight));
        return s.append("</svg>").toString();
    }

    /** 1, 2 or 5 times a power of ten: gridlines a reader can add up. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private static String label(double tick) {
        return BigDecimal.valueOf(tick).stripTrailingZeros().toPlainString();
    }
}
