package org.carbonmrv.methodology;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hourly value, as a test writes a few of them; the platform hands a period's values over as
 * {@link HourlySeries}, column by column.
 */
public record HourlyValue(String parameter, String source, LocalDateTime hour, BigDecimal value, String quality) {

    /** The values grouped into series per parameter and source, hours counted from {@code from}. */
    public static List<HourlySeries> series(LocalDateTime from, List<HourlyValue> values) {
        Map<List<String>, List<HourlyValue>> grouped = new LinkedHashMap<>();
        for (HourlyValue value : values) {
            grouped.computeIfAbsent(List.of(value.parameter(), value.source()), k -> new ArrayList<>())
                    .add(value);
        }
        List<HourlySeries> series = new ArrayList<>();
        grouped.forEach((key, group) -> {
            int[] hours = new int[group.size()];
            BigDecimal[] numbers = new BigDecimal[group.size()];
            String[] flags = new String[group.size()];
            for (int i = 0; i < group.size(); i++) {
                hours[i] = Math.toIntExact(
                        ChronoUnit.HOURS.between(from, group.get(i).hour()));
                numbers[i] = group.get(i).value();
                flags[i] = group.get(i).quality();
            }
            series.add(new HourlySeries(key.get(0), key.get(1), hours, numbers, flags));
        });
        return series;
    }
}
