package org.carbonmrv.api.quantity;

import java.math.BigDecimal;

/**
 * Decimal numbers as the platform accepts them from outside: ASCII digits, a short exponent, and
 * bounded digits before and after the point, checked before any arithmetic. Without the bounds
 * a 14-byte value such as {@code 1e20000000} costs seconds of CPU and hundreds of megabytes the
 * first time it is printed or summed.
 */
public final class Decimals {

    public static final int MAX_LENGTH = 48;
    public static final int MAX_SIGNIFICANT_DIGITS = 34;
    public static final int MAX_INTEGER_DIGITS = 24;
    public static final int MAX_FRACTION_DIGITS = 20;
    public static final String RULE = "a decimal number in ASCII digits (e.g. 1234.5 or 1.2345e3), at most "
            + MAX_SIGNIFICANT_DIGITS + " significant digits, " + MAX_INTEGER_DIGITS + " before the point and "
            + MAX_FRACTION_DIGITS + " after it";

    private Decimals() {}

    /**
     * Looser bounds for any decimal of a JSON body, between services too (PostgreSQL's means carry
     * 20 and more fraction digits): only what would cost CPU and memory out of proportion.
     */
    public static final String EXCHANGED_RULE =
            "a decimal number in ASCII digits with at most 100 digits, 40 before the point";

    /** A reported value: the number {@code text} writes, or {@link NumberFormatException} with {@link #RULE}. */
    public static BigDecimal parse(String text) {
        return bounded(parsed(text, MAX_LENGTH, RULE));
    }

    /** A decimal of a JSON body: the number {@code text} writes, or {@link NumberFormatException} with {@link #EXCHANGED_RULE}. */
    public static BigDecimal parseExchanged(String text) {
        BigDecimal value = parsed(text, 128, EXCHANGED_RULE);
        if (!within(value, 100, 40, 100)) {
            throw new NumberFormatException(EXCHANGED_RULE);
        }
        return value;
    }

    /** {@code value} itself when it lies within the bounds of a reported value, else {@link NumberFormatException} with {@link #RULE}. */
    public static BigDecimal bounded(BigDecimal value) {
        if (!within(value, MAX_SIGNIFICANT_DIGITS, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS)) {
            throw new NumberFormatException(RULE);
        }
        return value;
    }

    private static BigDecimal parsed(String text, int maxLength, String rule) {
        String t = text == null ? "" : text.trim();
        if (t.length() > maxLength || !asciiDecimal(t)) {
            throw new NumberFormatException(rule);
        }
        return new BigDecimal(t);
    }

    /**
     * {@code [+-]?(d+(.d*)?|.d+)([eE][+-]?d{1,3})?} with ASCII digits only (Arabic-Indic or
     * full-width digits, which BigDecimal would take, are refused); by hand, since it runs for
     * every one of a year's ten million readings.
     */
    static boolean asciiDecimal(String t) {
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0 || exponent > 3) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean within(BigDecimal value, int significantDigits, int integerDigits, int fractionDigits) {
        BigDecimal significant = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return significant.precision() <= significantDigits
                && significant.scale() <= fractionDigits
                && significant.precision() - significant.scale() <= integerDigits;
    }
}
