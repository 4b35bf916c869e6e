package org.carbonmrv.api.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Units the platform accepts. Each unit belongs to a dimension and knows its factor to the
 * dimension's base unit, so that only conversions that mean something are possible (kg to t,
 * never kg to %).
 */
public enum Unit {
    TONNE("t", Dimension.MASS, BigDecimal.ONE),
    KILOGRAM("kg", Dimension.MASS, new BigDecimal("0.001")),
    PERCENT("%", Dimension.FRACTION, new BigDecimal("0.01")),
    FRACTION("1", Dimension.FRACTION, BigDecimal.ONE),
    DAY("d", Dimension.TIME, new BigDecimal("24")),
    HOUR("h", Dimension.TIME, BigDecimal.ONE),
    MEGAWATT_HOUR("MWh", Dimension.ENERGY, BigDecimal.ONE),
    CUBIC_METRE_PER_HOUR("m3/h", Dimension.VOLUME_FLOW, BigDecimal.ONE),
    KILOGRAM_PER_CUBIC_METRE("kg/m3", Dimension.DENSITY, BigDecimal.ONE),
    TONNE_CO2E_PER_TONNE("tCO2e/t", Dimension.GWP, BigDecimal.ONE),
    TONNE_CO2_PER_TONNE("tCO2/t", Dimension.EMISSION_FACTOR_MASS, BigDecimal.ONE),
    TONNE_CO2_PER_GIGAJOULE("tCO2/GJ", Dimension.EMISSION_FACTOR_ENERGY, BigDecimal.ONE),
    TONNE_CO2_PER_MEGAWATT_HOUR("tCO2/MWh", Dimension.GRID_FACTOR, BigDecimal.ONE),
    GIGAJOULE_PER_TONNE("GJ/t", Dimension.CALORIFIC_VALUE, BigDecimal.ONE),
    TONNE_CO2E("tCO2e", Dimension.EMISSIONS, BigDecimal.ONE),
    /** Gas volume at normal conditions (0 °C, 101.325 kPa). */
    NORMAL_CUBIC_METRE("Nm3", Dimension.NORMAL_VOLUME, BigDecimal.ONE),
    THOUSAND_NORMAL_CUBIC_METRES("kNm3", Dimension.NORMAL_VOLUME, new BigDecimal("1000")),
    /** Gas volume at operating conditions: differs from Nm3 by temperature and pressure. */
    CUBIC_METRE("m3", Dimension.VOLUME, BigDecimal.ONE),
    NORMAL_CUBIC_METRE_PER_HOUR("Nm3/h", Dimension.NORMAL_VOLUME_FLOW, BigDecimal.ONE),
    MILLIGRAM_PER_NORMAL_CUBIC_METRE("mg/Nm3", Dimension.MASS_CONCENTRATION, BigDecimal.ONE),
    GIGAJOULE_PER_THOUSAND_NORMAL_CUBIC_METRES("GJ/kNm3", Dimension.CALORIFIC_VALUE_VOLUME, BigDecimal.ONE);

    public enum Dimension {
        MASS,
        FRACTION,
        TIME,
        ENERGY,
        VOLUME_FLOW,
        DENSITY,
        GWP,
        EMISSION_FACTOR_MASS,
        EMISSION_FACTOR_ENERGY,
        GRID_FACTOR,
        CALORIFIC_VALUE,
        EMISSIONS,
        VOLUME,
        NORMAL_VOLUME,
        NORMAL_VOLUME_FLOW,
        MASS_CONCENTRATION,
        CALORIFIC_VALUE_VOLUME
    }

    private final String symbol;
    private final Dimension dimension;
    private final BigDecimal toBase;

    Unit(String symbol, Dimension dimension, BigDecimal toBase) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.toBase = toBase;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /**
     * Whether a value converts exactly, by a fixed factor. Volumes never convert to mass here: that
     * needs the gas's density (and, for m3, its temperature and pressure), which is a measured
     * parameter of its own, not a unit rule. Nm3 and m3 do not convert into each other either.
     */
    public boolean convertsTo(Unit other) {
        return dimension == other.dimension;
    }

    /** Why a value in this unit cannot be taken as {@code target}, in words a plant engineer recognises. */
    public String whyNotConvertible(Unit target) {
        boolean volume = dimension == Dimension.VOLUME || dimension == Dimension.NORMAL_VOLUME;
        boolean targetVolume = target.dimension == Dimension.VOLUME || target.dimension == Dimension.NORMAL_VOLUME;
        if (volume && target.dimension == Dimension.MASS) {
            return symbol + " is a gas volume; it becomes " + target.symbol + " only with the gas density, "
                    + "so report the mass (or the density as its own parameter)";
        }
        if (volume && targetVolume) {
            return symbol + " and " + target.symbol + " differ by the gas's temperature and pressure; report in "
                    + target.symbol;
        }
        return "does not convert to " + target.symbol;
    }

    /** Exact conversion: every factor is a power of ten or an integer, so no rounding happens. */
    public BigDecimal convert(BigDecimal value, Unit target) {
        if (!convertsTo(target)) {
            throw new IllegalArgumentException("unit " + symbol + " does not convert to " + target.symbol);
        }
        if (target == this) {
            return value;
        }
        BigDecimal base = value.multiply(toBase);
        BigDecimal converted = base.divide(target.toBase, MathContext.DECIMAL128);
        return converted.stripTrailingZeros().scale() < 0 ? converted.setScale(0) : converted.stripTrailingZeros();
    }

    @JsonCreator
    public static Unit ofSymbol(String symbol) {
        return fromSymbol(symbol).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + symbol + "'"));
    }

    public static Optional<Unit> fromSymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_SYMBOL.get(symbol.trim().toLowerCase(Locale.ROOT)));
    }

    private static final Map<String, Unit> BY_SYMBOL = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(u -> u.symbol.toLowerCase(Locale.ROOT), u -> u));

    @Override
    public String toString() {
        return symbol;
    }
}
