package org.carbonmrv.methodology.cm010;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.methodology.Calculation;
import org.carbonmrv.methodology.CataloguedMethodology;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.DocumentLayout;
import org.carbonmrv.methodology.MethodologyVersion;
import org.carbonmrv.methodology.MonitoredPeriod;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.methodology.Rounding;
import org.carbonmrv.methodology.Trace;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CM-010-V01, HFC-23 waste gas incineration, annual reporting, as the 2019 HFC-23 verification
 * notice applies it (see shared/methodologies/CM-010-V01.md). Monthly masses are rounded and then
 * summed; the annual baseline is rounded down and the project emissions up.
 */
public final class Cm010V01 extends CataloguedMethodology {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    /** V01's equations under a catalogue entry that fixes their constants (V01, or a GWP variant). */
    public Cm010V01(MethodologyVersion entry) {
        super(entry);
    }

    @Override
    protected void label(ObjectNode dataset) {
        dataset.withObjectProperty("project").put("methodology", key());
    }

    @Override
    public List<ParameterDefinition> parameters() {
        return Cm010Parameters.ALL;
    }

    @Override
    public Calculation calculate(JsonNode json) {
        Cm010Dataset data = Cm010Dataset.read(json, key());
        catalogueEntry().requireFixedParameters(json);
        Trace trace = new Trace();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        List<Map<String, String>> monthly = data.months().stream()
                .map(month -> calculateMonth(month, data, trace, totals))
                .toList();

        BigDecimal qHcfc22 = totals.getOrDefault("Q_HCFC22_gen", BigDecimal.ZERO);
        BigDecimal qGen = totals.getOrDefault("Q_HFC23_gen", BigDecimal.ZERO);
        BigDecimal qInlet = totals.getOrDefault("Q_HFC23_dec_inlet", BigDecimal.ZERO);
        BigDecimal qOutlet = totals.getOrDefault("Q_HFC23_dec_outlet", BigDecimal.ZERO);
        BigDecimal qFuel = totals.getOrDefault("Q_FF", BigDecimal.ZERO);
        if (qHcfc22.signum() == 0 || qGen.signum() == 0) {
            throw new DatasetException(
                    "monthly", "no HCFC-22 production or no HFC-23 generated in the period: nothing to credit");
        }
        trace.record("Q_HCFC22_gen_y", "Σ months Q_HCFC22_gen,m", Map.of(), qHcfc22, "t", Rounding.NONE);
        trace.record("Q_HFC23_gen_y", "Σ months Q_HFC23_gen,m", Map.of(), qGen, "t", Rounding.NONE);
        trace.record("Q_HFC23_dec_inlet_y", "Σ months Q_HFC23_dec_inlet,m", Map.of(), qInlet, "t", Rounding.NONE);
        trace.record("Q_HFC23_dec_outlet_y", "Σ months Q_HFC23_dec_outlet,m", Map.of(), qOutlet, "t", Rounding.NONE);

        BigDecimal w = qGen.divide(qHcfc22, PRECISION);
        BigDecimal wPercent = trace.record(
                "W_HFC23_HCFC22_y",
                "Q_HFC23_gen_y / Q_HCFC22_gen_y × 100",
                Map.of("Q_HFC23_gen_y", qGen, "Q_HCFC22_gen_y", qHcfc22),
                Rounding.RATIO_PERCENT.apply(w.multiply(HUNDRED)),
                "%",
                Rounding.RATIO_PERCENT);

        BigDecimal production = qHcfc22.min(data.qualifiedProduction());
        BigDecimal ratio = data.wDefault().min(w);
        BigDecimal beDec = production
                .multiply(ratio, PRECISION)
                .multiply(qInlet.subtract(data.storedPreviousYear()), PRECISION)
                .multiply(data.gwp(), PRECISION)
                .divide(qGen, PRECISION);
        trace.record(
                "BE_dec_y",
                "MIN(Q_HCFC22_gen_y, Q_HCFC22_qualified_y) × MIN(W_default, W_HFC23_HCFC22_y) × (Q_HFC23_dec_inlet_y − Q_HFC23_dec_stored_y-1) / Q_HFC23_gen_y × GWP_HFC23",
                Trace.inputs(
                        "Q_HCFC22_gen_y",
                        qHcfc22,
                        "Q_HCFC22_qualified_y",
                        data.qualifiedProduction(),
                        "W_default",
                        data.wDefault(),
                        "W_HFC23_HCFC22_y",
                        w,
                        "Q_HFC23_dec_inlet_y",
                        qInlet,
                        "Q_HFC23_dec_stored_y-1",
                        data.storedPreviousYear(),
                        "Q_HFC23_gen_y",
                        qGen,
                        "GWP_HFC23",
                        data.gwp()),
                beDec,
                "tCO2e",
                Rounding.NONE);
        BigDecimal be = trace.record(
                "BE_y",
                "BE_dec,stored,y-1 (0) + BE_dec_y",
                Map.of("BE_dec_y", beDec),
                Rounding.BASELINE_EMISSIONS_TOTAL.apply(beDec),
                "tCO2e",
                Rounding.BASELINE_EMISSIONS_TOTAL);

        BigDecimal peNd = trace.record(
                "PE_ND_HFC23_y",
                "Q_HFC23_dec_outlet_y × GWP_HFC23",
                Trace.inputs("Q_HFC23_dec_outlet_y", qOutlet, "GWP_HFC23", data.gwp()),
                Rounding.EMISSION_COMPONENT.apply(qOutlet.multiply(data.gwp(), PRECISION)),
                "tCO2e",
                Rounding.EMISSION_COMPONENT);
        BigDecimal peCo2Hfc23 = trace.record(
                "PE_CO2_HFC23_y",
                "(Q_HFC23_dec_inlet_y − Q_HFC23_dec_outlet_y) × EF_CO2_HFC23",
                Trace.inputs(
                        "Q_HFC23_dec_inlet_y",
                        qInlet,
                        "Q_HFC23_dec_outlet_y",
                        qOutlet,
                        "EF_CO2_HFC23",
                        data.efCo2PerHfc23()),
                Rounding.EMISSION_COMPONENT.apply(qInlet.subtract(qOutlet).multiply(data.efCo2PerHfc23(), PRECISION)),
                "tCO2",
                Rounding.EMISSION_COMPONENT);
        BigDecimal peEl = data.electricity().signum() == 0
                ? trace.record(
                        "PE_CO2_EL_y",
                        "0 (no plasma technology: no electricity term)",
                        Map.of(),
                        BigDecimal.ZERO,
                        "tCO2",
                        Rounding.NONE)
                : trace.record(
                        "PE_CO2_EL_y",
                        "EC_y × EF_grid",
                        Trace.inputs("EC_y", data.electricity(), "EF_grid", data.efGrid()),
                        Rounding.EMISSION_COMPONENT.apply(data.electricity().multiply(data.efGrid(), PRECISION)),
                        "tCO2",
                        Rounding.EMISSION_COMPONENT);
        trace.record("Q_FF_y", "Σ months Q_FF,m", Map.of(), qFuel, "t", Rounding.NONE);
        BigDecimal peFf = trace.record(
                "PE_CO2_FF_y",
                "Q_FF_y × NCV_FF × EF_CO2_FF",
                Trace.inputs("Q_FF_y", qFuel, "NCV_FF", data.ncvFuel(), "EF_CO2_FF", data.efCo2Fuel()),
                Rounding.EMISSION_COMPONENT.apply(
                        qFuel.multiply(data.ncvFuel(), PRECISION).multiply(data.efCo2Fuel(), PRECISION)),
                "tCO2",
                Rounding.EMISSION_COMPONENT);
        BigDecimal peSum = peNd.add(peCo2Hfc23).add(peEl).add(peFf);
        BigDecimal pe = trace.record(
                "PE_y",
                "PE_ND_HFC23_y + PE_CO2_HFC23_y + PE_CO2_EL_y + PE_CO2_FF_y",
                Trace.inputs(
                        "PE_ND_HFC23_y", peNd, "PE_CO2_HFC23_y", peCo2Hfc23, "PE_CO2_EL_y", peEl, "PE_CO2_FF_y", peFf),
                Rounding.PROJECT_EMISSIONS_TOTAL.apply(peSum),
                "tCO2e",
                Rounding.PROJECT_EMISSIONS_TOTAL);
        BigDecimal er = trace.record(
                "ER_y", "BE_y − PE_y", Trace.inputs("BE_y", be, "PE_y", pe), be.subtract(pe), "tCO2e", Rounding.NONE);

        Map<String, String> results = new LinkedHashMap<>();
        results.put("BE_y", be.toPlainString());
        results.put("BE_dec_y", beDec.toPlainString());
        results.put("PE_y", pe.toPlainString());
        results.put("ER_y", er.toPlainString());
        results.put("PE_ND_HFC23_y", peNd.toPlainString());
        results.put("PE_CO2_HFC23_y", peCo2Hfc23.toPlainString());
        results.put("PE_CO2_EL_y", peEl.toPlainString());
        results.put("PE_CO2_FF_y", peFf.toPlainString());
        results.put("Q_HCFC22_gen_y", qHcfc22.toPlainString());
        results.put("Q_HFC23_gen_y", qGen.toPlainString());
        results.put("Q_HFC23_dec_inlet_y", qInlet.toPlainString());
        results.put("Q_HFC23_dec_outlet_y", qOutlet.toPlainString());
        results.put("Q_FF_y", qFuel.toPlainString());
        results.put("W_HFC23_HCFC22_y", wPercent.toPlainString());
        data.destructionUnits()
                .keySet()
                .forEach(unit -> results.put(
                        "D_f_y[" + unit + "]",
                        totals.getOrDefault("D_f[" + unit + "]", BigDecimal.ZERO)
                                .toPlainString()));
        return new Calculation(id(), version(), data.periodStart(), data.periodEnd(), results, monthly, trace.steps());
    }

    private Map<String, String> calculateMonth(
            Cm010Dataset.Month m, Cm010Dataset data, Trace trace, Map<String, BigDecimal> totals) {
        String tag = "[" + m.month() + "]";
        BigDecimal production = m.production().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        trace.record("Q_HCFC22_gen" + tag, "Σ lines", m.production(), production, "t", Rounding.NONE);

        BigDecimal tailMean = meanOfSamples("p_HFC23_gen" + tag, m.tailGasSamples(), trace);
        BigDecimal qGen = trace.record(
                "Q_HFC23_gen" + tag,
                "q_HFC23_gen,m × p̄_HFC23_gen,m / 100",
                Trace.inputs("q_HFC23_gen,m", m.tailGasMass(), "p̄_HFC23_gen,m", tailMean),
                Rounding.MONTHLY_MASS.apply(m.tailGasMass().multiply(tailMean).divide(HUNDRED, PRECISION)),
                "t",
                Rounding.MONTHLY_MASS);

        Map<String, BigDecimal> inletByUnit = new LinkedHashMap<>();
        m.inletGasMass().forEach((unit, mass) -> inletByUnit.put("q_HFC23_inlet[" + unit + "]", mass));
        BigDecimal inletMass = trace.record(
                "q_HFC23_inlet" + tag,
                "Σ_f q_HFC23_inlet,f,m",
                inletByUnit,
                m.inletGasMass().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                "t",
                Rounding.NONE);
        BigDecimal inletMean = meanOfSamples("p_HFC23_inlet" + tag, m.inletGasSamples(), trace);
        BigDecimal qInlet = trace.record(
                "Q_HFC23_dec_inlet" + tag,
                "Σ_f q_HFC23_inlet,f,m × p̄_HFC23_inlet,m / 100",
                Trace.inputs("q_HFC23_inlet,m", inletMass, "p̄_HFC23_inlet,m", inletMean),
                Rounding.MONTHLY_MASS.apply(inletMass.multiply(inletMean).divide(HUNDRED, PRECISION)),
                "t",
                Rounding.MONTHLY_MASS);

        Map<String, BigDecimal> outletInputs = new LinkedHashMap<>();
        BigDecimal exhaustVolume = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> unit : data.destructionUnits().entrySet()) {
            BigDecimal days = m.operatingDays().getOrDefault(unit.getKey(), BigDecimal.ZERO);
            outletInputs.put("F_f[" + unit.getKey() + "]", unit.getValue());
            outletInputs.put("D_f[" + unit.getKey() + "]", days);
            exhaustVolume = exhaustVolume.add(unit.getValue().multiply(days).multiply(data.hoursPerDay()));
            totals.merge("D_f[" + unit.getKey() + "]", days, BigDecimal::add);
        }
        outletInputs.put("hours_per_day", data.hoursPerDay());
        outletInputs.put("rho_exhaust", data.exhaustDensity());
        outletInputs.put("c_outlet_max", data.outletConcentration());
        BigDecimal outlet = exhaustVolume
                .multiply(data.exhaustDensity())
                .multiply(data.outletConcentration())
                .divide(HUNDRED, PRECISION)
                .divide(THOUSAND, PRECISION);
        BigDecimal qOutlet = trace.record(
                "Q_HFC23_dec_outlet" + tag,
                "Σ_f (F_f × D_f,m × 24 h) × ρ_exhaust × c_outlet,max / 100 / 1000",
                outletInputs,
                Rounding.MONTHLY_MASS.apply(outlet),
                "t",
                Rounding.MONTHLY_MASS);

        trace.record(
                "Q_FF" + tag, "fuel (LNG) consumed in the month, as weighed", Map.of(), m.fuel(), "t", Rounding.NONE);

        totals.merge("Q_HCFC22_gen", production, BigDecimal::add);
        totals.merge("Q_HFC23_gen", qGen, BigDecimal::add);
        totals.merge("Q_HFC23_dec_inlet", qInlet, BigDecimal::add);
        totals.merge("Q_HFC23_dec_outlet", qOutlet, BigDecimal::add);
        totals.merge("Q_FF", m.fuel(), BigDecimal::add);

        Map<String, String> row = new LinkedHashMap<>();
        row.put("month", m.month().toString());
        row.put("hcfc22_production_total_t", production.toPlainString());
        row.put("tail_gas_mass_t", m.tailGasMass().toPlainString());
        row.put("tail_gas_hfc23_mean_percent", tailMean.toPlainString());
        row.put("Q_HFC23_gen_t", qGen.toPlainString());
        row.put("inlet_gas_mass_total_t", inletMass.toPlainString());
        row.put("inlet_gas_hfc23_mean_percent", inletMean.toPlainString());
        row.put("Q_HFC23_dec_inlet_t", qInlet.toPlainString());
        row.put("Q_HFC23_outlet_t", qOutlet.toPlainString());
        row.put("lng_consumption_t", m.fuel().toPlainString());
        return row;
    }

    private static BigDecimal meanOfSamples(String symbol, List<BigDecimal> samples, Trace trace) {
        if (samples.isEmpty()) {
            return trace.record(
                    symbol,
                    "no samples (no gas this month)",
                    Map.of(),
                    BigDecimal.ZERO.setScale(4),
                    "%",
                    Rounding.NONE);
        }
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            inputs.put("sample " + (i + 1), samples.get(i));
        }
        BigDecimal sum = samples.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(samples.size()), PRECISION);
        return trace.record(
                symbol,
                "arithmetic mean of the month's samples",
                inputs,
                Rounding.MEAN_CONCENTRATION.apply(mean),
                "%",
                Rounding.MEAN_CONCENTRATION);
    }

    /** The verifier's tables 10–18 of the Linhai verification report, and the monthly series worth a chart. */
    @Override
    public DocumentLayout documentLayout() {
        return LAYOUT;
    }

    private static final DocumentLayout LAYOUT = new DocumentLayout(
            List.of(
                    new DocumentLayout.MonthlyTable(
                            "Q_HCFC22_gen",
                            "Table 10 · HCFC-22 produced, by line (Q_HCFC22,gen)",
                            "表 10 HCFC-22 实际产量（Q_HCFC22,gen）"),
                    new DocumentLayout.MonthlyTable(
                            "p_HFC23_gen",
                            "Table 12 · HFC-23 concentration of the tail gas (p_HFC23,gen)",
                            "表 12 HCFC-22 生产线尾气中的 HFC-23 浓度（p_HFC23,gen）"),
                    new DocumentLayout.MonthlyTable(
                            "Q_HFC23_gen",
                            "Tables 11 and 13 · tail gas mass and HFC-23 generated (Q_HFC23,gen = A × B / 100)",
                            "表 11、表 13 尾气质量与实际产生的 HFC-23（Q_HFC23,gen = A × B / 100）"),
                    new DocumentLayout.MonthlyTable(
                            "q_HFC23_inlet",
                            "Table 14 · gas fed to the incinerators (q_HFC23,inlet)",
                            "表 14 入焚烧炉尾气质量（q_HFC23,inlet）"),
                    new DocumentLayout.MonthlyTable(
                            "p_HFC23_inlet",
                            "Table 15 · HFC-23 concentration of the gas fed to the incinerators (p_HFC23,inlet)",
                            "表 15 入焚烧炉的尾气中的 HFC-23 浓度（p_HFC23,inlet）"),
                    new DocumentLayout.MonthlyTable(
                            "Q_HFC23_dec_inlet",
                            "Table 16 · HFC-23 fed to the incinerators (Q_HFC23,dec,inlet)",
                            "表 16 进入焚烧炉的 HFC-23 的量（Q_HFC23,dec,inlet）"),
                    new DocumentLayout.MonthlyTable(
                            "Q_HFC23_dec_outlet",
                            "Table 17 · HFC-23 fed but not destroyed (Q_HFC23,dec,outlet)",
                            "表 17 进入焚烧炉但未分解的 HFC-23 量（Q_HFC23,dec,outlet）"),
                    new DocumentLayout.MonthlyTable("Q_FF", "Table 18 · LNG consumed (Q_FF)", "表 18 液化天然气消耗量（Q_FF）")),
            List.of(
                    new DocumentLayout.Chart(
                            "HCFC-22 produced",
                            "HCFC-22 产量",
                            "t",
                            List.of(DocumentLayout.Series.value("Q_HCFC22_gen", "HCFC-22 produced", "HCFC-22 产量"))),
                    new DocumentLayout.Chart(
                            "HFC-23 generated and fed to destruction",
                            "HFC-23 产生量与分解量",
                            "t",
                            List.of(
                                    DocumentLayout.Series.value("Q_HFC23_gen", "generated", "产生量"),
                                    DocumentLayout.Series.value("Q_HFC23_dec_inlet", "fed to destruction", "进入焚烧炉"))),
                    new DocumentLayout.Chart(
                            "Operating days per incinerator",
                            "焚烧炉运行天数",
                            "d",
                            List.of(DocumentLayout.Series.inputs("Q_HFC23_dec_outlet", "D_f[")))));

    @Override
    public ObjectNode assembleDataset(MonitoredPeriod monitored) {
        return new Cm010DatasetAssembler(key()).assemble(monitored.start(), monitored.end(), monitored.series());
    }
}
