package org.carbonmrv.api.quantity;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measured or calculated amount with its unit. The value keeps the exact decimal text it was
 * given (scale included), because a verifier compares printed digits; in JSON it is a string so
 * that no client reads it through a binary float.
 */
public record Quantity(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String value, Unit unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    public Quantity in(Unit target) {
        return new Quantity(unit.convert(value, target), target);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.symbol();
    }
}
