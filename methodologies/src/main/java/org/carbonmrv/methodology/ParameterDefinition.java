package org.carbonmrv.methodology;

import org.carbonmrv.api.quantity.Unit;

import java.math.BigDecimal;

/**
 * A parameter of a methodology's monitoring plan, as the monitoring-service validates and
 * aggregates it.
 *
 * @param scope     MONTH: values belong to one month; PERIOD: one value for the whole reporting period
 * @param sourceKind what a reading's {@code source} names: a production line, a destruction unit or the plant
 */
public record ParameterDefinition(
        String id,
        String nameEn,
        String nameZh,
        Unit unit,
        Origin origin,
        Aggregation aggregation,
        Scope scope,
        SourceKind sourceKind,
        BigDecimal minimum,
        BigDecimal maximum) {

    public enum Origin {
        METER,
        LABORATORY,
        MANUAL,
        CALCULATED
    }

    /** HOURLY: one value per hour (CEMS); the calculation reads them hour by hour, aggregates show their mean. */
    public enum Aggregation {
        SUM,
        MEAN_OF_SAMPLES,
        CONSTANT,
        HOURLY
    }

    public enum Scope {
        MONTH,
        PERIOD
    }

    public enum SourceKind {
        PRODUCTION_LINE,
        DESTRUCTION_UNIT,
        PLANT
    }

    /**
     * What no reading of a parameter without a stated maximum can plausibly exceed, in its own
     * unit (a billion tonnes, hours, GJ per tonne ...): it keeps a mistyped exponent out of the
     * sums without rejecting any real plant's figures.
     */
    public static final BigDecimal PLAUSIBLE_CEILING = new BigDecimal("1000000000");

    public boolean inRange(BigDecimal value) {
        return (minimum == null || value.compareTo(minimum) >= 0) && value.compareTo(upperBound()) <= 0;
    }

    /** The stated maximum, else {@link #PLAUSIBLE_CEILING}. */
    public BigDecimal upperBound() {
        return maximum == null ? PLAUSIBLE_CEILING : maximum;
    }
}
