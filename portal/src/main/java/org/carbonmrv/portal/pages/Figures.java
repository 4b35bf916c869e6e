package org.carbonmrv.portal.pages;

import java.util.regex.Pattern;

/**
 * A figure as the API gives it (a decimal with its own scale: "470.42268", "4000366"), with
 * thousands separators in its whole part and every digit of its fraction kept: the page never
 * rounds what the engine rounded by its named rule.
 */
public final class Figures {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** For the pages, as {@code ${figures.of(value)}} (templates may call a model object's methods, not a class's). */
    public String of(String figure) {
        return grouped(figure);
    }

    public static String grouped(String figure) {
        if (figure == null || !DECIMAL.matcher(figure).matches()) {
            return figure;
        }
        boolean negative = figure.startsWith("-");
        String digits = negative ? figure.substring(1) : figure;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + out + (point < 0 ? "" : digits.substring(point));
    }
}
