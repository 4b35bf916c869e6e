package org.carbonmrv.methodology.caraapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.methodology.Calculation;
import org.carbonmrv.methodology.CataloguedMethodology;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.DatasetReader;
import org.carbonmrv.methodology.MethodologyVersion;
import org.carbonmrv.methodology.MonitoredPeriod;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.methodology.Rounding;
import org.carbonmrv.methodology.Trace;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Climate Action Reserve's China adipic-acid N2O protocol as the 2023 workgroup fixed it
 * (shared/methodologies/CAR-CN-AAPP.md), version {@code 1.0-workgroup}: every policy choice the
 * workgroup left open is a constant of the data set, not code.
 */
public final class CarCnAapp extends CataloguedMethodology {

    static final MathContext PRECISION = MathContext.DECIMAL128;

    /** The workgroup's structure under a catalogue entry that fixes its policy constants. */
    public CarCnAapp(MethodologyVersion entry) {
        super(entry);
    }

    @Override
    protected void label(ObjectNode dataset) {
        dataset.put("methodology", id()).put("methodology_version", version());
    }

    @Override
    public List<ParameterDefinition> parameters() {
        return CarCnAappParameters.ALL;
    }

    @Override
    public ObjectNode assembleDataset(MonitoredPeriod monitored) {
        return new CarCnAappDatasetAssembler(catalogueEntry()).assemble(monitored);
    }

    @Override
    public Calculation calculate(JsonNode json) {
        DatasetReader root = DatasetReader.root(json);
        String version = root.text("methodology_version");
        if (!version.equals(version())) {
            throw new DatasetException(
                    "methodology_version", "is '" + version + "', this engine implements " + version());
        }
        catalogueEntry().requireFixedParameters(json);
        CarCnAappDataset dataset = CarCnAappDataset.read(root);
        HourGrid grid = HourGrid.read(root.array("hourly"), dataset);
        Trace trace = new Trace();
        int substituted = fillGaps(grid, trace);
        return equations(dataset, grid, substituted, trace);
    }

    /** Fills each stream's invalid and missing hours as HJ 75 says, conservatively by the stream's role. */
    private static int fillGaps(HourGrid grid, Trace trace) {
        List<String> hours = grid.labels();
        int substituted = 0;
        for (int s = 0; s < HourGrid.STREAMS.length; s++) {
            HourlyStream.Role role =
                    s == HourGrid.IN ? HourlyStream.Role.RAISES_BASELINE : HourlyStream.Role.RAISES_EMISSIONS;
            int filled = HourlyStream.fill(HourGrid.STREAMS[s], grid.masses[s], grid.credited, role, hours);
            substituted += filled;
            trace.record(
                    "substituted_hours[" + HourGrid.STREAMS[s] + "]",
                    "invalid or missing hours filled (HJ 75, conservative by role: "
                            + (role == HourlyStream.Role.RAISES_BASELINE ? "minimum" : "maximum") + " for long gaps)",
                    Map.of(),
                    BigDecimal.valueOf(filled),
                    "h",
                    Rounding.NONE);
        }
        return substituted;
    }

    /** The protocol's equations over the filled hours outside start-up testing, each step in the trace. */
    private Calculation equations(CarCnAappDataset d, HourGrid grid, int substituted, Trace trace) {
        BigDecimal[][] masses = grid.masses;
        BigDecimal deBaseline = d.deBaseline();
        BigDecimal gwp = d.gwp();
        BigDecimal cap = d.cap();
        BigDecimal adipicAcid = d.adipicAcid();
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        BigDecimal byp = BigDecimal.ZERO;
        BigDecimal bypSubstitute = BigDecimal.ZERO;
        int creditedHours = 0;
        for (int i = 0; i < grid.size(); i++) {
            if (!grid.credited[i]) {
                continue;
            }
            creditedHours++;
            in = in.add(masses[HourGrid.IN][i]);
            out = out.add(masses[HourGrid.OUT][i]);
            byp = byp.add(masses[HourGrid.BYPASS][i]);
            if (grid.substituteBypass[i]) {
                bypSubstitute = bypSubstitute.add(masses[HourGrid.BYPASS][i]);
            }
        }
        trace.record(
                "hours_outside_startup",
                "hours of the period outside start-up testing",
                Map.of(),
                BigDecimal.valueOf(creditedHours),
                "h",
                Rounding.NONE);
        BigDecimal gen = trace.record(
                "N2O_gen",
                "Σ_h (N2O_in,h + N2O_byp,h), hours outside start-up testing",
                Trace.inputs("Σ N2O_in", in, "Σ N2O_byp", byp),
                PERIOD_MASS.apply(in.add(byp)),
                "t",
                PERIOD_MASS);
        BigDecimal emit = trace.record(
                "N2O_emit",
                "Σ_h (N2O_out,h + N2O_byp,h), hours outside start-up testing",
                Trace.inputs("Σ N2O_out", out, "Σ N2O_byp", byp),
                PERIOD_MASS.apply(out.add(byp)),
                "t",
                PERIOD_MASS);
        BigDecimal de = gen.signum() == 0 ? BigDecimal.ZERO : BigDecimal.ONE.subtract(emit.divide(gen, PRECISION));
        BigDecimal deShown = trace.record(
                "DE_project",
                "1 − N2O_emit / N2O_gen",
                Trace.inputs("N2O_emit", emit, "N2O_gen", gen),
                de.setScale(4, RoundingMode.HALF_UP),
                "1",
                Rounding.NONE);
        BigDecimal fCap = trace.record(
                "f_cap",
                "MIN(1, AA_cap / AA)",
                Trace.inputs("AA_cap", cap, "AA", adipicAcid),
                BigDecimal.ONE.min(cap.divide(adipicAcid, PRECISION)),
                "1",
                Rounding.NONE);
        // multiply first and divide by the production once, so a cap of 5/6 gives exact figures
        BigDecimal beExact =
                capped(gen.multiply(BigDecimal.ONE.subtract(deBaseline)).multiply(gwp), cap, adipicAcid);
        BigDecimal be = trace.record(
                "BE",
                "N2O_gen × f_cap × (1 − DE_baseline) × GWP_N2O",
                Trace.inputs(
                        "N2O_gen", gen, "f_cap", fCap, "DE_baseline", deBaseline, "GWP_N2O", gwp, "BE exact", beExact),
                Rounding.BASELINE_EMISSIONS_TOTAL.apply(beExact),
                "tCO2e",
                Rounding.BASELINE_EMISSIONS_TOTAL);
        BigDecimal peN2o = trace.record(
                "PE_N2O",
                "N2O_emit × f_cap × GWP_N2O",
                Trace.inputs("N2O_emit", emit, "f_cap", fCap, "GWP_N2O", gwp),
                capped(emit.multiply(gwp), cap, adipicAcid),
                "tCO2e",
                Rounding.NONE);
        BigDecimal peEnergy = trace.record(
                "PE_energy",
                "Q_NG × NCV_NG × EF_CO2_NG + EC × EF_grid",
                Trace.inputs(
                        "Q_NG",
                        d.gas(),
                        "NCV_NG",
                        d.ncv(),
                        "EF_CO2_NG",
                        d.efGas(),
                        "EC",
                        d.electricity(),
                        "EF_grid",
                        d.efGrid()),
                d.gas()
                        .multiply(d.ncv(), PRECISION)
                        .multiply(d.efGas(), PRECISION)
                        .add(d.electricity().multiply(d.efGrid(), PRECISION)),
                "tCO2",
                Rounding.NONE);
        BigDecimal pe = trace.record(
                "PE",
                "PE_N2O + PE_energy",
                Trace.inputs("PE_N2O", peN2o, "PE_energy", peEnergy),
                Rounding.PROJECT_EMISSIONS_TOTAL.apply(peN2o.add(peEnergy)),
                "tCO2e",
                Rounding.PROJECT_EMISSIONS_TOTAL);
        BigDecimal er = trace.record(
                "ER", "BE − PE", Trace.inputs("BE", be, "PE", pe), be.subtract(pe), "tCO2e", Rounding.NONE);
        BigDecimal share = emit.signum() == 0 ? BigDecimal.ZERO : bypSubstitute.divide(emit, PRECISION);
        boolean capExceeded = share.compareTo(d.substituteCap()) > 0;
        trace.record(
                "bypass_substitute_share",
                "Σ substitute N2O_byp / N2O_emit, against bypass_substitute_cap",
                Trace.inputs("Σ substitute N2O_byp", bypSubstitute, "N2O_emit", emit, "cap", d.substituteCap()),
                share.setScale(4, RoundingMode.HALF_UP),
                "1",
                Rounding.NONE);
        BigDecimal credited = capExceeded || er.signum() < 0 ? BigDecimal.ZERO : er;
        trace.record(
                "ER_credited",
                capExceeded
                        ? "0: substitute bypass data exceed their cap"
                        : er.signum() < 0
                                ? "0: a period with BE < PE earns nothing (negative_reductions = ZERO)"
                                : "ER",
                Trace.inputs("ER", er),
                credited,
                "tCO2e",
                Rounding.NONE);

        Map<String, String> results = new LinkedHashMap<>();
        results.put("N2O_gen", gen.toPlainString());
        results.put("N2O_emit", emit.toPlainString());
        results.put("DE_project", deShown.toPlainString());
        results.put("f_cap", fCap.stripTrailingZeros().toPlainString());
        results.put("BE", be.toPlainString());
        results.put("PE_N2O", peN2o.setScale(2, RoundingMode.HALF_UP).toPlainString());
        results.put("PE_energy", peEnergy.setScale(2, RoundingMode.HALF_UP).toPlainString());
        results.put("PE", pe.toPlainString());
        results.put("ER", er.toPlainString());
        results.put("ER_credited", credited.toPlainString());
        results.put("ER_y", credited.toPlainString());
        results.put("shortfall", er.signum() < 0 ? er.negate().toPlainString() : "0");
        results.put("substituted_hours", String.valueOf(substituted));
        results.put(
                "bypass_substitute_share",
                share.setScale(4, RoundingMode.HALF_UP).toPlainString());
        results.put("bypass_substitute_cap_exceeded", String.valueOf(capExceeded));
        return new Calculation(id(), version(), d.start(), d.end(), results, List.of(), trace.steps());
    }

    private static final Rounding PERIOD_MASS = Rounding.MONTHLY_MASS;

    /** {@code value × MIN(1, cap / production)}, dividing last. */
    private static BigDecimal capped(BigDecimal value, BigDecimal cap, BigDecimal production) {
        return cap.compareTo(production) >= 0 ? value : value.multiply(cap).divide(production, PRECISION);
    }
}
