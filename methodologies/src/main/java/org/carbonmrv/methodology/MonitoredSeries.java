package org.carbonmrv.methodology;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The monitored values of one parameter from one source over one month (or, with a null month,
 * over the whole reporting period), as the monitoring-service aggregates them: the sum, and the
 * individual values for sampled parameters, in time order.
 */
public record MonitoredSeries(
        String parameter, String source, YearMonth month, String unit, BigDecimal sum, List<BigDecimal> samples) {
    public MonitoredSeries {
        samples = samples == null ? List.of() : List.copyOf(samples);
    }
}
