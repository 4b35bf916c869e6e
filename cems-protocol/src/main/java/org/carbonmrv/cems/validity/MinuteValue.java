package org.carbonmrv.cems.validity;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One minute's value of one pollutant as a logger reported it (2051), with its flag as given. */
public record MinuteValue(LocalDateTime minute, BigDecimal average, String flag) {

    /** Counts toward a valid hour: a value, flagged N. An unknown or missing flag does not count. */
    public boolean valid() {
        return average != null
                && DataFlag.of(flag).map(DataFlag::countsTowardValidHour).orElse(false);
    }
}
