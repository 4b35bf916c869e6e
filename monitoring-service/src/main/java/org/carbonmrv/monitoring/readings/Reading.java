package org.carbonmrv.monitoring.readings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A checked reading, its value in the parameter's unit, its interval [startsAt, endsAt) in UTC,
 * and the month it belongs to in the project's time zone (null for a whole-period value).
 */
record Reading(
        int row,
        String parameter,
        String source,
        Instant startsAt,
        Instant endsAt,
        YearMonth month,
        BigDecimal value,
        String unit,
        String quality) {

    String key() {
        return parameter + "|" + source + "|" + startsAt + "|" + endsAt;
    }
}
