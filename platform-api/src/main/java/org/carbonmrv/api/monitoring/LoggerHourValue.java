package org.carbonmrv.api.monitoring;

import java.math.BigDecimal;

/**
 * One channel of a logger-hour. {@code value} and {@code flag} are what was stored as the hour's
 * reading. {@code validMinutes} of {@code minutesReported} minutes counted (HJ 75: 45 make a
 * valid hour); both are 0 when the logger sent no minutes for the hour and only its own hourly
 * value (2061), {@code loggerValue} and {@code loggerFlag}, which are null when it sent none.
 * {@code calibrationMinutes} of its minutes were flagged C (calibration).
 */
public record LoggerHourValue(
        String code,
        String parameter,
        BigDecimal value,
        String flag,
        int validMinutes,
        int minutesReported,
        int calibrationMinutes,
        BigDecimal loggerValue,
        String loggerFlag) {}
