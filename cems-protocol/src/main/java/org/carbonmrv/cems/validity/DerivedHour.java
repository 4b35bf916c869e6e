package org.carbonmrv.cems.validity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hour of one pollutant as the platform records it, from the minutes the logger sent (2051)
 * and its own hourly value (2061), either of which may be missing.
 *
 * <ul>
 *   <li>With minutes: HJ 75 decides. A valid hour (45 valid minutes) has the mean of its valid
 *       minutes and flag N. An invalid hour keeps the mean of the minutes that have a value (or
 *       the logger's value, or 0 when there is neither), flagged with the flag most of its
 *       invalid minutes carry, or B (communication fault) when its minutes are merely missing:
 *       the methodology substitutes it whatever its value.
 *   <li>Without minutes: the logger's hourly value with its flag (N when it gives none).
 * </ul>
 *
 * The logger's own value and flag are kept beside, so an hour where the two disagree can be shown,
 * and the minutes flagged C (calibration), to be held against the meter's calibration register.
 */
public record DerivedHour(
        String code,
        BigDecimal value,
        String flag,
        int validMinutes,
        int minutesReported,
        int calibrationMinutes,
        BigDecimal loggerValue,
        String loggerFlag) {

    /** Communication fault: minutes that never arrived. */
    public static final String MISSING = "B";

    private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    public static DerivedHour of(
            String code, LocalDateTime hour, List<MinuteValue> minutes, BigDecimal loggerValue, String loggerFlag) {
        if (minutes.isEmpty()) {
            if (loggerValue == null) {
                throw new IllegalArgumentException(
                        "an hour of " + code + " needs minutes or the logger's hourly value");
            }
            return new DerivedHour(
                    code, loggerValue, loggerFlag == null ? "N" : loggerFlag, 0, 0, 0, loggerValue, loggerFlag);
        }
        HourlyValue derived = HourlyValue.of(minutes).stream()
                .filter(h -> h.hour().equals(hour))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("minutes outside the hour " + hour));
        int calibrating = (int)
                minutes.stream().filter(m -> "C".equalsIgnoreCase(m.flag())).count();
        if (derived.valid()) {
            return new DerivedHour(
                    code,
                    derived.average(),
                    "N",
                    derived.validMinutes(),
                    derived.minutesReported(),
                    calibrating,
                    loggerValue,
                    loggerFlag);
        }
        return new DerivedHour(
                code,
                meanOfValues(minutes).orElse(loggerValue == null ? BigDecimal.ZERO : loggerValue),
                mostCommonInvalidFlag(minutes),
                derived.validMinutes(),
                derived.minutesReported(),
                calibrating,
                loggerValue,
                loggerFlag);
    }

    /** Whether the logger's own hourly value says otherwise than the minutes: another value or another validity. */
    public boolean disagrees(BigDecimal tolerance) {
        if (loggerValue == null || minutesReported == 0) {
            return false;
        }
        boolean loggerValid = "N".equalsIgnoreCase(loggerFlag == null ? "N" : loggerFlag);
        if (loggerValid != "N".equals(flag)) {
            return true;
        }
        BigDecimal scale = loggerValue.abs().max(BigDecimal.ONE);
        return value.subtract(loggerValue).abs().compareTo(tolerance.multiply(scale)) > 0;
    }

    private static java.util.Optional<BigDecimal> meanOfValues(List<MinuteValue> minutes) {
        List<BigDecimal> values = minutes.stream()
                .map(MinuteValue::average)
                .filter(Objects::nonNull)
                .toList();
        if (values.isEmpty()) {
            return java.util.Optional.empty();
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return java.util.Optional.of(sum.divide(BigDecimal.valueOf(values.size()), DIGITS));
    }

    private static String mostCommonInvalidFlag(List<MinuteValue> minutes) {
        Map<String, Long> counts = minutes.stream()
                .filter(m -> !m.valid())
                // a minute flagged N without a value is a minute that did not arrive
                .map(m -> m.flag() == null || m.flag().equalsIgnoreCase("N")
                        ? MISSING
                        : m.flag().toUpperCase(java.util.Locale.ROOT))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(MISSING);
    }
}
