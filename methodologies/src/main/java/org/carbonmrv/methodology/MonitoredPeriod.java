package org.carbonmrv.methodology;

import java.time.LocalDate;
import java.util.List;

/**
 * What the monitoring-service holds for one reporting period, as a methodology builds its data set
 * from it: monthly and period aggregates, and the hourly values of hourly parameters.
 */
public record MonitoredPeriod(LocalDate start, LocalDate end, List<MonitoredSeries> series, List<HourlyValue> hourly) {

    public MonitoredPeriod {
        series = List.copyOf(series);
        hourly = hourly == null ? List.of() : hourly;
    }
}
