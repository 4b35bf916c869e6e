package org.carbonmrv.methodology;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The named rounding rules of the methodologies. Each rule says how many decimals and in which
 * direction; the conservative direction is the one that lowers reductions (baseline down,
 * project emissions up).
 */
public enum Rounding {
    MEAN_CONCENTRATION(4, RoundingMode.HALF_UP, "half-up to 4 decimals"),
    MONTHLY_MASS(5, RoundingMode.HALF_UP, "half-up to 5 decimals"),
    EMISSION_COMPONENT(2, RoundingMode.HALF_UP, "half-up to 2 decimals"),
    PROJECT_EMISSIONS_TOTAL(0, RoundingMode.CEILING, "up to a whole tonne (conservative)"),
    BASELINE_EMISSIONS_TOTAL(0, RoundingMode.FLOOR, "down to a whole tonne (conservative)"),
    RATIO_PERCENT(4, RoundingMode.HALF_UP, "half-up to 4 decimals of %, shown only"),
    NONE(-1, RoundingMode.UNNECESSARY, "none");

    private final int decimals;
    private final RoundingMode mode;
    private final String description;

    Rounding(int decimals, RoundingMode mode, String description) {
        this.decimals = decimals;
        this.mode = mode;
        this.description = description;
    }

    public BigDecimal apply(BigDecimal value) {
        return this == NONE ? value : value.setScale(decimals, mode);
    }

    public String description() {
        return description;
    }
}
