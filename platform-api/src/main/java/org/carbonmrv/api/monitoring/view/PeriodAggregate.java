package org.carbonmrv.api.monitoring.view;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.List;

/**
 * The readings of one parameter from one source over one month ({@code month} null: over the
 * whole reporting period): sum, mean, extremes, count, the count the plan's frequency expects and
 * the share present (completeness, null where the plan gives no countable frequency), and for
 * sampled parameters the samples themselves in time order.
 */
public record PeriodAggregate(
        String parameter,
        String source,
        String month,
        String unit,
        long count,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal sum,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal mean,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal min,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal max,
        Long expected,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal completeness,
        List<String> samples) {}
