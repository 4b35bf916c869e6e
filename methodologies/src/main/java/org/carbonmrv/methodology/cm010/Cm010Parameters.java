package org.carbonmrv.methodology.cm010;

import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.methodology.ParameterDefinition.Aggregation;
import org.carbonmrv.methodology.ParameterDefinition.Origin;
import org.carbonmrv.methodology.ParameterDefinition.Scope;
import org.carbonmrv.methodology.ParameterDefinition.SourceKind;

import java.math.BigDecimal;
import java.util.List;

/** The monitoring plan parameters of CM-010-V01, with the methodology's own symbols. */
final class Cm010Parameters {

    static final String Q_HCFC22_GEN = "Q_HCFC22_gen";
    static final String Q_HCFC22_QUALIFIED = "Q_HCFC22_qualified";
    static final String TAIL_GAS_MASS = "q_HFC23_gen";
    static final String TAIL_GAS_CONCENTRATION = "p_HFC23_gen";
    static final String INLET_GAS_MASS = "q_HFC23_inlet";
    static final String INLET_GAS_CONCENTRATION = "p_HFC23_inlet";
    static final String STORED_PREVIOUS_YEAR = "Q_HFC23_dec_stored";
    static final String OPERATING_DAYS = "D_f";
    static final String FUEL = "Q_FF";
    static final String ELECTRICITY = "EC";
    static final String GWP = "GWP_HFC23";
    static final String EF_CO2_HFC23 = "EF_CO2_HFC23";
    static final String W_DEFAULT = "W_default";
    static final String EF_CO2_FF = "EF_CO2_FF";
    static final String NCV_FF = "NCV_FF";
    static final String EF_GRID = "EF_grid";
    static final String EXHAUST_DENSITY = "rho_exhaust";
    static final String OUTLET_CONCENTRATION = "c_outlet_max";
    static final String FAN_FLOW = "F_f";

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    static final List<ParameterDefinition> ALL = List.of(
            monthly(
                    Q_HCFC22_GEN,
                    "HCFC-22 produced",
                    "HCFC-22 产量",
                    Unit.TONNE,
                    Origin.METER,
                    Aggregation.SUM,
                    SourceKind.PRODUCTION_LINE,
                    null),
            monthly(
                    TAIL_GAS_MASS,
                    "mass of tail gas leaving the HCFC-22 lines",
                    "HFC-23 废气质量",
                    Unit.TONNE,
                    Origin.METER,
                    Aggregation.SUM,
                    SourceKind.PLANT,
                    null),
            monthly(
                    TAIL_GAS_CONCENTRATION,
                    "HFC-23 concentration of the tail gas (GC sample)",
                    "废气中 HFC-23 浓度",
                    Unit.PERCENT,
                    Origin.LABORATORY,
                    Aggregation.MEAN_OF_SAMPLES,
                    SourceKind.PLANT,
                    HUNDRED),
            monthly(
                    INLET_GAS_MASS,
                    "mass of gas fed to the destruction unit",
                    "进入分解装置的 HFC-23 废气质量",
                    Unit.TONNE,
                    Origin.METER,
                    Aggregation.SUM,
                    SourceKind.DESTRUCTION_UNIT,
                    null),
            monthly(
                    INLET_GAS_CONCENTRATION,
                    "HFC-23 concentration of the feed gas (GC sample)",
                    "进料中 HFC-23 浓度",
                    Unit.PERCENT,
                    Origin.LABORATORY,
                    Aggregation.MEAN_OF_SAMPLES,
                    SourceKind.PLANT,
                    HUNDRED),
            monthly(
                    OPERATING_DAYS,
                    "operating days of the destruction unit",
                    "分解装置运行天数",
                    Unit.DAY,
                    Origin.MANUAL,
                    Aggregation.SUM,
                    SourceKind.DESTRUCTION_UNIT,
                    new BigDecimal("31")),
            monthly(
                    FUEL,
                    "fossil fuel (LNG) consumed by the destruction units",
                    "分解装置化石燃料 (LNG) 消耗量",
                    Unit.TONNE,
                    Origin.METER,
                    Aggregation.SUM,
                    SourceKind.PLANT,
                    null),
            period(
                    ELECTRICITY,
                    "electricity consumed (plasma technology only)",
                    "电力消耗（仅等离子体技术）",
                    Unit.MEGAWATT_HOUR,
                    SourceKind.PLANT,
                    null),
            period(
                    Q_HCFC22_QUALIFIED,
                    "HCFC-22 produced by lawful capacity within quota",
                    "合格 HCFC-22 产量",
                    Unit.TONNE,
                    SourceKind.PLANT,
                    null),
            period(
                    STORED_PREVIOUS_YEAR,
                    "HFC-23 stored in y-1 and destroyed in y",
                    "上年储存本年分解的 HFC-23",
                    Unit.TONNE,
                    SourceKind.PLANT,
                    null),
            period(
                    GWP,
                    "global warming potential of HFC-23",
                    "HFC-23 全球变暖潜势",
                    Unit.TONNE_CO2E_PER_TONNE,
                    SourceKind.PLANT,
                    null),
            period(
                    EF_CO2_HFC23,
                    "CO2 formed per tonne of HFC-23 destroyed",
                    "单位 HFC-23 分解产生的 CO2",
                    Unit.TONNE_CO2_PER_TONNE,
                    SourceKind.PLANT,
                    null),
            period(
                    W_DEFAULT,
                    "default HFC-23/HCFC-22 ratio",
                    "HFC-23/HCFC-22 默认比例",
                    Unit.FRACTION,
                    SourceKind.PLANT,
                    BigDecimal.ONE),
            period(
                    EF_CO2_FF,
                    "CO2 emission factor of the fuel",
                    "化石燃料 CO2 排放因子",
                    Unit.TONNE_CO2_PER_GIGAJOULE,
                    SourceKind.PLANT,
                    null),
            period(
                    NCV_FF,
                    "net calorific value of the fuel",
                    "化石燃料低位发热量",
                    Unit.GIGAJOULE_PER_TONNE,
                    SourceKind.PLANT,
                    null),
            period(
                    EF_GRID,
                    "grid emission factor (plasma technology only)",
                    "电网排放因子",
                    Unit.TONNE_CO2_PER_MEGAWATT_HOUR,
                    SourceKind.PLANT,
                    null),
            period(
                    EXHAUST_DENSITY,
                    "exhaust gas density",
                    "尾气密度",
                    Unit.KILOGRAM_PER_CUBIC_METRE,
                    SourceKind.PLANT,
                    null),
            period(
                    OUTLET_CONCENTRATION,
                    "HFC-23 concentration assumed at the outlet",
                    "出口 HFC-23 浓度上限",
                    Unit.PERCENT,
                    SourceKind.PLANT,
                    HUNDRED),
            period(
                    FAN_FLOW,
                    "rated flow of the exhaust fan",
                    "引风机额定风量",
                    Unit.CUBIC_METRE_PER_HOUR,
                    SourceKind.DESTRUCTION_UNIT,
                    null));

    private Cm010Parameters() {}

    private static ParameterDefinition monthly(
            String id,
            String en,
            String zh,
            Unit unit,
            Origin origin,
            Aggregation aggregation,
            SourceKind sourceKind,
            BigDecimal maximum) {
        return new ParameterDefinition(id, en, zh, unit, origin, aggregation, Scope.MONTH, sourceKind, ZERO, maximum);
    }

    private static ParameterDefinition period(
            String id, String en, String zh, Unit unit, SourceKind sourceKind, BigDecimal maximum) {
        return new ParameterDefinition(
                id, en, zh, unit, Origin.MANUAL, Aggregation.CONSTANT, Scope.PERIOD, sourceKind, ZERO, maximum);
    }
}
