package org.carbonmrv.api.monitoring;

import java.util.Objects;

/**
 * A monitored parameter as the plan declares it: symbol, names in English and Chinese, unit,
 * source (meter, laboratory, manual, calculated), frequency and aggregation rule.
 */
public record PlanParameter(String id, String nameEn, String nameZh, String unit, String source, String frequency,
                            String aggregation) {
    public PlanParameter {
        Objects.requireNonNull(id, "id");
    }
}
