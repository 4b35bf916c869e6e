package org.carbonmrv.methodology;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            throw new IllegalArgumentException("a series needs as many hours as values and flags: "
                    + hours.length + ", " + values.length + ", " + quality.length);
        }
    }

    public int size() {
        return hours.length;
    }

    /** Single values grouped into series, hours counted from {@code from}: for small inputs and tests. */
    public static List<HourlySeries> of(LocalDateTime from, List<HourlyValue> values) {
        Map<List<String>, List<HourlyValue>> grouped = new LinkedHashMap<>();
        for (HourlyValue value : values) {
            grouped.computeIfAbsent(List.of(value.parameter(), value.source()), k -> new ArrayList<>()).add(value);
        }
        List<HourlySeries> series = new ArrayList<>();
        grouped.forEach((key, group) -> {
            int[] hours = new int[group.size()];
            BigDecimal[] numbers = new BigDecimal[group.size()];
            String[] flags = new String[group.size()];
            for (int i = 0; i < group.size(); i++) {
                hours[i] = Math.toIntExact(ChronoUnit.HOURS.between(from, group.get(i).hour()));
                numbers[i] = group.get(i).value();
                flags[i] = group.get(i).quality();
            }
            series.add(new HourlySeries(key.get(0), key.get(1), hours, numbers, flags));
        });
        return series;
    }
}
