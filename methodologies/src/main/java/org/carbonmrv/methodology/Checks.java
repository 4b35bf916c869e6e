package org.carbonmrv.methodology;

import java.math.BigDecimal;

/** The value rules every methodology applies to its data set, naming the field that breaks them. */
public final class Checks {

    private Checks() {}

    public static BigDecimal positive(BigDecimal value, String field) {
        if (value.signum() <= 0) {
            throw new DatasetException(field, "must be greater than 0");
        }
        return value;
    }

    public static BigDecimal nonNegative(BigDecimal value, String field) {
        if (value.signum() < 0) {
            throw new DatasetException(field, "must not be negative");
        }
        return value;
    }

    /** A fraction between 0 and 1 inclusive. */
    public static BigDecimal fraction(BigDecimal value, String field) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new DatasetException(field, "must be a fraction between 0 and 1");
        }
        return value;
    }
}
