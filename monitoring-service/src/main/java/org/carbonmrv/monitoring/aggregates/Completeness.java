package org.carbonmrv.monitoring.aggregates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/**
 * How many readings a month should hold, from the plan's frequency written as an ISO-8601
 * duration ({@code P1M} monthly, {@code P7D} weekly, {@code PT1H} hourly, {@code PT1M} each
 * minute), and the share present. A frequency in words cannot be counted, so it gives none.
 */
final class Completeness {

    private Completeness() {}

    static OptionalLong expected(String frequency, YearMonth month) {
        if (frequency == null || month == null) {
            return OptionalLong.empty();
        }
        String f = frequency.trim().toUpperCase();
        try {
            if (f.contains("T")) {
                Duration step = Duration.parse(f);
                long minutes = (long) month.lengthOfMonth() * 24 * 60;
                return step.toMinutes() <= 0
                        ? OptionalLong.empty()
                        : OptionalLong.of(-Math.floorDiv(-minutes, step.toMinutes()));
            }
            Period step = Period.parse(f);
            if (step.getMonths() == 1 && step.getDays() == 0 && step.getYears() == 0) {
                return OptionalLong.of(1);
            }
            if (step.getMonths() == 0 && step.getYears() == 0 && step.getDays() > 0) {
                return OptionalLong.of(-Math.floorDiv(-month.lengthOfMonth(), step.getDays()));
            }
        } catch (DateTimeParseException notIso) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    static BigDecimal share(long present, long expected) {
        return BigDecimal.valueOf(Math.min(present, expected))
                .divide(BigDecimal.valueOf(expected), 4, RoundingMode.DOWN);
    }
}
