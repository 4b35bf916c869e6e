package org.carbonmrv.api.monitoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A monitored parameter as the plan declares it: symbol, names in English and Chinese, unit,
 * source (meter, laboratory, manual, calculated), frequency (an ISO-8601 duration such as
 * {@code P1M}, {@code P7D} or {@code PT1M} lets completeness be counted) and aggregation rule, and
 * optionally the range of plausible values (in its unit) outside which the checks warn.
 */
public record PlanParameter(
        String id,
        String nameEn,
        String nameZh,
        String unit,
        String source,
        String frequency,
        String aggregation,
        BigDecimal plausibleMinimum,
        BigDecimal plausibleMaximum) {
    public PlanParameter {
        Objects.requireNonNull(id, "id");
    }
}
