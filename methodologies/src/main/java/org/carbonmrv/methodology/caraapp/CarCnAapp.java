package org.carbonmrv.methodology.caraapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.api.quantity.Unit;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.carbonmrv.methodology.Checks.fraction;
import static org.carbonmrv.methodology.Checks.nonNegative;
import static org.carbonmrv.methodology.Checks.positive;

/**
 * The Climate Action Reserve's China adipic-acid N2O protocol as the 2023 workgroup fixed it
 * (shared/methodologies/CAR-CN-AAPP.md), version {@code 1.0-workgroup}: every policy choice the
 * workgroup left open is a constant of the data set, not code.
 */
public final class CarCnAapp extends CataloguedMethodology {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal MG_TO_T = new BigDecimal("1E-9");
    private static final Set<String> INVALID_FLAGS = Set.of("F", "M", "D", "C", "T", "B");
    private static final String[] STREAMS = {"in", "out", "byp"};

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
        DatasetReader period = root.object("period");
        LocalDate start = period.date("start");
        LocalDate end = period.date("end");
        if (end.isBefore(start)) {
            throw new DatasetException("period.end", "is before period.start");
        }
        LocalDate startupStart = null;
        LocalDate startupEnd = null;
        if (root.has("startup_testing")) {
            DatasetReader startup = root.object("startup_testing");
            startupStart = startup.date("start");
            startupEnd = startup.date("end");
            if (startupEnd.isBefore(startupStart)) {
                throw new DatasetException("startup_testing.end", "is before startup_testing.start");
            }
            if (startupStart.plusMonths(9).isBefore(startupEnd.plusDays(1))) {
                throw new DatasetException("startup_testing", "start-up testing lasts at most 9 months");
            }
        }
        DatasetReader constants = root.object("constants");
        BigDecimal deBaseline = fraction(constants.quantity("DE_baseline", Unit.FRACTION), "constants.DE_baseline");
        BigDecimal gwp = constants.quantity("GWP_N2O", Unit.TONNE_CO2E_PER_TONNE);
        BigDecimal substituteCap =
                fraction(constants.quantity("bypass_substitute_cap", Unit.FRACTION), "constants.bypass_substitute_cap");
        DatasetReader production = root.object("production");
        BigDecimal adipicAcid = positive(production.quantity("adipic_acid_t", Unit.TONNE), "production.adipic_acid_t");
        BigDecimal cap = nonNegative(production.quantity("cap_t", Unit.TONNE), "production.cap_t");
        DatasetReader energy = root.object("energy");
        BigDecimal gas = nonNegative(
                energy.quantityOr("natural_gas_kNm3", Unit.THOUSAND_NORMAL_CUBIC_METRES, BigDecimal.ZERO),
                "energy.natural_gas_kNm3");
        BigDecimal electricity = nonNegative(
                energy.quantityOr("electricity_MWh", Unit.MEGAWATT_HOUR, BigDecimal.ZERO), "energy.electricity_MWh");
        BigDecimal ncv = gas.signum() == 0
                ? BigDecimal.ZERO
                : constants.quantity("NCV_NG_GJ_per_kNm3", Unit.GIGAJOULE_PER_THOUSAND_NORMAL_CUBIC_METRES);
        BigDecimal efGas = gas.signum() == 0
                ? BigDecimal.ZERO
                : constants.quantity("EF_CO2_NG_t_per_GJ", Unit.TONNE_CO2_PER_GIGAJOULE);
        BigDecimal efGrid = electricity.signum() == 0
                ? BigDecimal.ZERO
                : constants.quantity("EF_grid_t_per_MWh", Unit.TONNE_CO2_PER_MEGAWATT_HOUR);

        // the hour grid of the period, local time, dates inclusive
        List<LocalDateTime> grid = new ArrayList<>();
        for (LocalDateTime h = start.atStartOfDay(); h.isBefore(end.plusDays(1).atStartOfDay()); h = h.plusHours(1)) {
            grid.add(h);
        }
        BigDecimal[][] masses = new BigDecimal[3][grid.size()];
        boolean[] substituteBypass = new boolean[grid.size()];
        boolean[] seen = new boolean[grid.size()];
        List<DatasetReader> hourly = root.array("hourly");
        for (DatasetReader row : hourly) {
            String text = row.text("hour");
            LocalDateTime hour;
            try {
                hour = localTime(text);
            } catch (DateTimeParseException e) {
                throw new DatasetException(row.path() + ".hour", "'" + text + "' is not a local hour yyyy-MM-ddTHH:mm");
            }
            Integer at = hourIndex(grid, hour);
            if (at == null) {
                throw new DatasetException(
                        row.path() + ".hour", hour + " is not a whole hour inside the period " + start + ".." + end);
            }
            if (seen[at]) {
                throw new DatasetException(row.path() + ".hour", hour + " appears twice");
            }
            seen[at] = true;
            for (int s = 0; s < 3; s++) {
                masses[s][at] = mass(row, s);
            }
            substituteBypass[at] = row.flag("byp_substitute");
        }
        boolean[] outsideStartup = new boolean[grid.size()];
        for (int i = 0; i < grid.size(); i++) {
            LocalDate day = grid.get(i).toLocalDate();
            outsideStartup[i] = startupStart == null || day.isBefore(startupStart) || day.isAfter(startupEnd);
        }
        List<String> hours = grid.stream().map(LocalDateTime::toString).toList();
        Trace trace = new Trace();
        int substituted = 0;
        for (int s = 0; s < 3; s++) {
            HourlyStream.Role role = s == 0 ? HourlyStream.Role.RAISES_BASELINE : HourlyStream.Role.RAISES_EMISSIONS;
            int filled = HourlyStream.fill(STREAMS[s], masses[s], outsideStartup, role, hours);
            substituted += filled;
            trace.record(
                    "substituted_hours[" + STREAMS[s] + "]",
                    "invalid or missing hours filled (HJ 75, conservative by role: "
                            + (role == HourlyStream.Role.RAISES_BASELINE ? "minimum" : "maximum") + " for long gaps)",
                    Map.of(),
                    BigDecimal.valueOf(filled),
                    "h",
                    Rounding.NONE);
        }

        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        BigDecimal byp = BigDecimal.ZERO;
        BigDecimal bypSubstitute = BigDecimal.ZERO;
        int creditedHours = 0;
        for (int i = 0; i < grid.size(); i++) {
            if (!outsideStartup[i]) {
                continue;
            }
            creditedHours++;
            in = in.add(masses[0][i]);
            out = out.add(masses[1][i]);
            byp = byp.add(masses[2][i]);
            if (substituteBypass[i]) {
                bypSubstitute = bypSubstitute.add(masses[2][i]);
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
                Trace.inputs("Q_NG", gas, "NCV_NG", ncv, "EF_CO2_NG", efGas, "EC", electricity, "EF_grid", efGrid),
                gas.multiply(ncv, PRECISION).multiply(efGas, PRECISION).add(electricity.multiply(efGrid, PRECISION)),
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
        boolean capExceeded = share.compareTo(substituteCap) > 0;
        trace.record(
                "bypass_substitute_share",
                "Σ substitute N2O_byp / N2O_emit, against bypass_substitute_cap",
                Trace.inputs("Σ substitute N2O_byp", bypSubstitute, "N2O_emit", emit, "cap", substituteCap),
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
        return new Calculation(id(), version(), start, end, results, List.of(), trace.steps());
    }

    private static final Rounding PERIOD_MASS = Rounding.MONTHLY_MASS;

    /** {@code yyyy-MM-ddTHH:mm} read by hand (a year has 8,760 of them); anything else by the ISO parser. */
    static LocalDateTime localTime(String text) {
        if (text.length() == 16
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && text.charAt(10) == 'T'
                && text.charAt(13) == ':') {
            try {
                return LocalDateTime.of(
                        Integer.parseInt(text, 0, 4, 10),
                        Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10),
                        Integer.parseInt(text, 11, 13, 10),
                        Integer.parseInt(text, 14, 16, 10));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                // not digits, or no such date: the ISO parser says why
            }
        }
        return LocalDateTime.parse(text);
    }

    /** The hour's place on the period's grid (whole local hours from its first), or null when it is not on it. */
    private static Integer hourIndex(List<LocalDateTime> grid, LocalDateTime hour) {
        if (grid.isEmpty() || hour.getMinute() != 0 || hour.getSecond() != 0 || hour.getNano() != 0) {
            return null;
        }
        long at = java.time.temporal.ChronoUnit.HOURS.between(grid.get(0), hour);
        return at >= 0 && at < grid.size() && grid.get((int) at).equals(hour) ? (int) at : null;
    }

    private static BigDecimal mass(DatasetReader row, int stream) {
        String concentrationKey = CONCENTRATION_KEYS[stream];
        String flowKey = FLOW_KEYS[stream];
        String flagKey = FLAG_KEYS[stream];
        boolean flagged = row.has(flagKey);
        if (!flagged && !row.has(concentrationKey) && !row.has(flowKey)) {
            return null; // no value of this stream for the hour: missing, filled like an invalid one
        }
        String flag = flagged ? row.text(flagKey).trim().toUpperCase() : "N";
        if (!flag.equals("N")) {
            if (INVALID_FLAGS.contains(flag)) {
                return null;
            }
            throw new DatasetException(
                    row.path() + "." + flagKey,
                    "'" + flag + "' is not an HJ 212 flag (N valid; F, M, D, C, T, B invalid)");
        }
        BigDecimal concentration = row.quantity(concentrationKey, Unit.MILLIGRAM_PER_NORMAL_CUBIC_METRE);
        BigDecimal flow = row.quantity(flowKey, Unit.NORMAL_CUBIC_METRE_PER_HOUR);
        // the field's path is built only for a refusal: a year reads 52,560 of these values
        if (concentration.signum() < 0) {
            nonNegative(concentration, row.path() + "." + concentrationKey);
        }
        if (flow.signum() < 0) {
            nonNegative(flow, row.path() + "." + flowKey);
        }
        return concentration.multiply(flow).multiply(MG_TO_T);
    }

    private static final String[] CONCENTRATION_KEYS = {"in_mg_Nm3", "out_mg_Nm3", "byp_mg_Nm3"};
    private static final String[] FLOW_KEYS = {"in_Nm3_h", "out_Nm3_h", "byp_Nm3_h"};
    private static final String[] FLAG_KEYS = {"in_flag", "out_flag", "byp_flag"};

    /** {@code value × MIN(1, cap / production)}, dividing last. */
    private static BigDecimal capped(BigDecimal value, BigDecimal cap, BigDecimal production) {
        return cap.compareTo(production) >= 0 ? value : value.multiply(cap).divide(production, PRECISION);
    }
}
