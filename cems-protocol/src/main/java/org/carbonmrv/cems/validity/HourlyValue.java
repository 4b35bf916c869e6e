package org.carbonmrv.cems.validity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An hour derived from its minutes (HJ 75-2017): valid with at least 45 valid minutes, its value
 * then the mean of the valid minutes; otherwise invalid, its value left out (the methodology
 * substitutes invalid hours by its own rule), with how many minutes were valid and the flags that
 * were met. A minute reported twice counts once (the later report wins).
 */
public record HourlyValue(
        LocalDateTime hour, boolean valid, BigDecimal average, int validMinutes, int minutesReported) {

    /** Valid minutes an hour needs. */
    public static final int VALID_MINUTES_NEEDED = 45;

    private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    /** The hours the minutes fall in, in order. */
    public static List<HourlyValue> of(List<MinuteValue> minutes) {
        Map<LocalDateTime, Map<LocalDateTime, MinuteValue>> byHour = new TreeMap<>();
        for (MinuteValue minute : minutes) {
            LocalDateTime at = minute.minute().truncatedTo(ChronoUnit.MINUTES);
            byHour.computeIfAbsent(at.truncatedTo(ChronoUnit.HOURS), h -> new TreeMap<>())
                    .put(at, minute);
        }
        return byHour.entrySet().stream()
                .map(hour -> hour(hour.getKey(), List.copyOf(hour.getValue().values())))
                .toList();
    }

    private static HourlyValue hour(LocalDateTime hour, List<MinuteValue> minutes) {
        List<MinuteValue> valid = minutes.stream().filter(MinuteValue::valid).toList();
        if (valid.size() < VALID_MINUTES_NEEDED) {
            return new HourlyValue(hour, false, null, valid.size(), minutes.size());
        }
        BigDecimal sum = valid.stream().map(MinuteValue::average).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new HourlyValue(
                hour, true, sum.divide(BigDecimal.valueOf(valid.size()), DIGITS), valid.size(), minutes.size());
    }
}
