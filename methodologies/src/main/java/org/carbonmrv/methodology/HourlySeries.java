package org.carbonmrv.methodology;

import java.math.BigDecimal;

/**
 * The hourly values (CEMS) of one parameter and source over a reporting period, effective after
 * corrections, column by column: each value's hour as wall-clock hours from the period's first
 * local hour, the exact value, and its quality flag as the data logger sent it (HJ 212: N valid;
 * F, M, D, C, T, B invalid), or SUB for a value estimated by the substitute method. A year is
 * 8,760 hours a series, so it is held as columns rather than an object an hour.
 */
public record HourlySeries(String parameter, String source, int[] hours, BigDecimal[] values, String[] quality) {

    public HourlySeries {
        if (hours.length != values.length || hours.length != quality.length) {
            throw new IllegalArgumentException("a series needs as many hours as values and flags: " + hours.length
                    + ", " + values.length + ", " + quality.length);
        }
    }

    public int size() {
        return hours.length;
    }
}
