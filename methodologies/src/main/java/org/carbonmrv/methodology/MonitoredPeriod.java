package org.carbonmrv.methodology;

import java.time.LocalDate;
import java.util.List;

/**
 * What the monitoring-service holds for one reporting period, as a methodology builds its data set
 * from it: monthly and period aggregates, and the hourly values of hourly parameters, a series per parameter and
 * source with hours counted from the period's first local hour.
 */
public record MonitoredPeriod(LocalDate start, LocalDate end, List<MonitoredSeries> series, List<HourlySeries> hourly) {

    public MonitoredPeriod {
        series = List.copyOf(series);
        hourly = hourly == null ? List.of() : List.copyOf(hourly);
    }
}
