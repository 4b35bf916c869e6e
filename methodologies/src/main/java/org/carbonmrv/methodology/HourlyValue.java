package org.carbonmrv.methodology;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One hourly value of a continuously monitored parameter (CEMS), effective after corrections:
 * the hour it starts, local time, and its quality flag as the data logger sent it (HJ 212: N
 * valid; F, M, D, C, T, B invalid), or SUB for a value estimated by the substitute method. A
 * period's values travel as {@link HourlySeries}; this is one of them, for small inputs.
 */
public record HourlyValue(String parameter, String source, LocalDateTime hour, BigDecimal value, String quality) {
}
