package org.carbonmrv.api.monitoring.view;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The hourly values of a reporting period as the monitoring-service sends them: per parameter and
 * source, the hours as offsets from {@code from} (the period's first local hour), exact values and
 * each value's quality flag.
 */
public record HourlyValues(LocalDateTime from, List<Series> series) {

    public record Series(
            String parameter, String source, String unit, int[] hours, BigDecimal[] values, String[] quality) {}
}
