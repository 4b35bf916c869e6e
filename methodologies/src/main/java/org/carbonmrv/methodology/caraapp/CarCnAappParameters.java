package org.carbonmrv.methodology.caraapp;

import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.methodology.ParameterDefinition.Aggregation;
import org.carbonmrv.methodology.ParameterDefinition.Origin;
import org.carbonmrv.methodology.ParameterDefinition.Scope;
import org.carbonmrv.methodology.ParameterDefinition.SourceKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * The monitoring plan parameters of CAR-CN-AAPP: hourly CEMS concentration and flow of the three
 * gas streams of the abatement unit (a destruction unit of the facility), adipic acid produced per
 * line, the energy the unit uses, and the period's constants. The policy constants (baseline DE,
 * GWP, substitute cap) are fixed by the catalogue entry, not monitored.
 */
final class CarCnAappParameters {

    static final String[] STREAMS = {"in", "out", "byp"};
    static final String ADIPIC_ACID = "AA";
    static final String PRODUCTION_CAP = "AA_cap";
    static final String NATURAL_GAS = "Q_NG";
    static final String ELECTRICITY = "EC";
    static final String NCV_NG = "NCV_NG";
    static final String EF_CO2_NG = "EF_CO2_NG";
    static final String EF_GRID = "EF_grid";

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    static String concentration(String stream) {
        return "C_N2O_" + stream;
    }

    static String flow(String stream) {
        return "Q_gas_" + stream;
    }

    static final List<ParameterDefinition> ALL = List.of(
            hourly(
                    concentration("in"),
                    "N2O concentration entering the abatement unit",
                    "进入减排装置的 N2O 浓度",
                    Unit.MILLIGRAM_PER_NORMAL_CUBIC_METRE),
            hourly(flow("in"), "gas flow entering the abatement unit", "进入减排装置的烟气流量", Unit.NORMAL_CUBIC_METRE_PER_HOUR),
            hourly(
                    concentration("out"),
                    "N2O concentration leaving the abatement unit (stack)",
                    "减排装置出口（烟囱）N2O 浓度",
                    Unit.MILLIGRAM_PER_NORMAL_CUBIC_METRE),
            hourly(
                    flow("out"),
                    "gas flow leaving the abatement unit (stack)",
                    "减排装置出口（烟囱）烟气流量",
                    Unit.NORMAL_CUBIC_METRE_PER_HOUR),
            hourly(
                    concentration("byp"),
                    "N2O concentration of bypassed or vented gas",
                    "旁路或放空气体 N2O 浓度",
                    Unit.MILLIGRAM_PER_NORMAL_CUBIC_METRE),
            hourly(flow("byp"), "flow of bypassed or vented gas", "旁路或放空气体流量", Unit.NORMAL_CUBIC_METRE_PER_HOUR),
            new ParameterDefinition(
                    ADIPIC_ACID,
                    "adipic acid produced",
                    "己二酸产量",
                    Unit.TONNE,
                    Origin.METER,
                    Aggregation.SUM,
                    Scope.MONTH,
                    SourceKind.PRODUCTION_LINE,
                    ZERO,
                    null),
            new ParameterDefinition(
                    NATURAL_GAS,
                    "natural gas burned by the abatement unit",
                    "减排装置天然气消耗量",
                    Unit.THOUSAND_NORMAL_CUBIC_METRES,
                    Origin.METER,
                    Aggregation.SUM,
                    Scope.MONTH,
                    SourceKind.PLANT,
                    ZERO,
                    null),
            new ParameterDefinition(
                    ELECTRICITY,
                    "electricity used by the abatement unit",
                    "减排装置耗电量",
                    Unit.MEGAWATT_HOUR,
                    Origin.METER,
                    Aggregation.SUM,
                    Scope.MONTH,
                    SourceKind.PLANT,
                    ZERO,
                    null),
            constant(
                    PRODUCTION_CAP,
                    "production cap of the period (permitted or nameplate, pro-rated)",
                    "监测期产量上限",
                    Unit.TONNE),
            constant(
                    NCV_NG,
                    "net calorific value of natural gas",
                    "天然气低位发热量",
                    Unit.GIGAJOULE_PER_THOUSAND_NORMAL_CUBIC_METRES),
            constant(EF_CO2_NG, "CO2 emission factor of natural gas", "天然气 CO2 排放因子", Unit.TONNE_CO2_PER_GIGAJOULE),
            constant(EF_GRID, "grid emission factor", "电网排放因子", Unit.TONNE_CO2_PER_MEGAWATT_HOUR));

    private CarCnAappParameters() {}

    private static ParameterDefinition hourly(String id, String en, String zh, Unit unit) {
        return new ParameterDefinition(
                id,
                en,
                zh,
                unit,
                Origin.METER,
                Aggregation.HOURLY,
                Scope.MONTH,
                SourceKind.DESTRUCTION_UNIT,
                ZERO,
                null);
    }

    private static ParameterDefinition constant(String id, String en, String zh, Unit unit) {
        return new ParameterDefinition(
                id, en, zh, unit, Origin.MANUAL, Aggregation.CONSTANT, Scope.PERIOD, SourceKind.PLANT, ZERO, null);
    }
}
