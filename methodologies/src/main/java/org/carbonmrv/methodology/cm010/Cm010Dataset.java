package org.carbonmrv.methodology.cm010;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.DatasetReader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.carbonmrv.methodology.Checks.nonNegative;
import static org.carbonmrv.methodology.Checks.positive;

/**
 * A CM-010-V01 data set, read and checked. The structure is that of
 * {@code shared/cases/cn-hfc23-linhai-2019/source.json}; docs/datasets.md describes it.
 */
record Cm010Dataset(
        LocalDate periodStart,
        LocalDate periodEnd,
        Map<String, BigDecimal> destructionUnits,
        BigDecimal gwp,
        BigDecimal efCo2PerHfc23,
        BigDecimal wDefault,
        BigDecimal efCo2Fuel,
        BigDecimal ncvFuel,
        BigDecimal exhaustDensity,
        BigDecimal outletConcentration,
        BigDecimal hoursPerDay,
        BigDecimal efGrid,
        BigDecimal qualifiedProduction,
        BigDecimal storedPreviousYear,
        BigDecimal electricity,
        List<Month> months) {

    record Month(
            YearMonth month,
            Map<String, BigDecimal> production,
            BigDecimal tailGasMass,
            List<BigDecimal> tailGasSamples,
            Map<String, BigDecimal> inletGasMass,
            List<BigDecimal> inletGasSamples,
            Map<String, BigDecimal> operatingDays,
            BigDecimal fuel) {}

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    static Cm010Dataset read(JsonNode json, String methodologyKey) {
        DatasetReader root = DatasetReader.root(json);
        DatasetReader project = root.object("project");
        String methodology = project.text("methodology");
        if (!methodology.equals(methodologyKey)) {
            throw new DatasetException(
                    "project.methodology", "is '" + methodology + "', expected '" + methodologyKey + "'");
        }
        DatasetReader period = project.object("period");
        LocalDate start = period.date("start");
        LocalDate end = period.date("end");
        if (end.isBefore(start)) {
            throw new DatasetException("project.period.end", "is before project.period.start");
        }

        Map<String, BigDecimal> units = new LinkedHashMap<>();
        for (DatasetReader unit : root.object("facility").array("destruction_units")) {
            String id = unit.text("id");
            BigDecimal flow = unit.quantity("exhaust_fan_rated_m3_per_h", Unit.CUBIC_METRE_PER_HOUR);
            nonNegative(flow, unit.path() + ".exhaust_fan_rated_m3_per_h");
            if (units.put(id, flow) != null) {
                throw new DatasetException(unit.path() + ".id", "destruction unit '" + id + "' appears twice");
            }
        }

        DatasetReader constants = root.object("constants");
        DatasetReader annual = root.object("annual");
        BigDecimal stored = annual.quantity("Q_HFC23_stored_previous_year_t", Unit.TONNE);
        if (stored.signum() != 0) {
            throw new DatasetException(
                    "annual.Q_HFC23_stored_previous_year_t",
                    "HFC-23 stored in the previous year and destroyed in this one (BE_dec,stored,y-1) is not supported yet; it must be 0");
        }
        BigDecimal electricity = annual.quantityOr("EC_MWh", Unit.MEGAWATT_HOUR, BigDecimal.ZERO);
        BigDecimal efGrid = electricity.signum() == 0
                ? BigDecimal.ZERO
                : constants.quantity("EF_grid_t_per_MWh", Unit.TONNE_CO2_PER_MEGAWATT_HOUR);
        BigDecimal outletConcentration = constants.quantity("outlet_HFC23_concentration_max_percent", Unit.PERCENT);
        percent(outletConcentration, "constants.outlet_HFC23_concentration_max_percent");
        BigDecimal wDefault = constants.quantity("W_default", Unit.FRACTION);
        if (wDefault.signum() <= 0 || wDefault.compareTo(BigDecimal.ONE) > 0) {
            throw new DatasetException("constants.W_default", "must be a fraction in (0, 1], e.g. 0.015 for 1.5 %");
        }

        List<Month> months = months(root, start, end, units);
        return new Cm010Dataset(
                start,
                end,
                units,
                positive(constants.quantity("GWP_HFC23", Unit.TONNE_CO2E_PER_TONNE), "constants.GWP_HFC23"),
                nonNegative(
                        constants.quantity("EF_CO2_per_HFC23_t", Unit.TONNE_CO2_PER_TONNE),
                        "constants.EF_CO2_per_HFC23_t"),
                wDefault,
                nonNegative(
                        constants.quantity("EF_CO2_LNG_t_per_GJ", Unit.TONNE_CO2_PER_GIGAJOULE),
                        "constants.EF_CO2_LNG_t_per_GJ"),
                nonNegative(
                        constants.quantity("NCV_LNG_GJ_per_t", Unit.GIGAJOULE_PER_TONNE), "constants.NCV_LNG_GJ_per_t"),
                nonNegative(
                        constants.quantity("exhaust_gas_density_kg_per_m3", Unit.KILOGRAM_PER_CUBIC_METRE),
                        "constants.exhaust_gas_density_kg_per_m3"),
                outletConcentration,
                constants.quantityOr("hours_per_operating_day", Unit.HOUR, new BigDecimal("24")),
                efGrid,
                nonNegative(annual.quantity("Q_HCFC22_qualified_t", Unit.TONNE), "annual.Q_HCFC22_qualified_t"),
                stored,
                nonNegative(electricity, "annual.EC_MWh"),
                months);
    }

    private static List<Month> months(
            DatasetReader root, LocalDate start, LocalDate end, Map<String, BigDecimal> units) {
        Map<YearMonth, Month> byMonth = new LinkedHashMap<>();
        for (DatasetReader m : root.array("monthly")) {
            YearMonth month = m.month("month");
            if (month.isBefore(YearMonth.from(start)) || month.isAfter(YearMonth.from(end))) {
                throw new DatasetException(m.path() + ".month", month + " is outside the period " + start + ".." + end);
            }
            Map<String, BigDecimal> inlet = m.quantities("inlet_gas_mass_t", Unit.TONNE);
            Map<String, BigDecimal> days = m.quantities("operating_days_reported", Unit.DAY);
            for (String unit : inlet.keySet()) {
                knownUnit(unit, units, m.path() + ".inlet_gas_mass_t." + unit);
            }
            for (Map.Entry<String, BigDecimal> d : days.entrySet()) {
                String field = m.path() + ".operating_days_reported." + d.getKey();
                knownUnit(d.getKey(), units, field);
                if (d.getValue().signum() < 0
                        || d.getValue().compareTo(BigDecimal.valueOf(month.lengthOfMonth())) > 0) {
                    throw new DatasetException(field, "must be between 0 and " + month.lengthOfMonth() + " days");
                }
            }
            Month parsed = new Month(
                    month,
                    nonNegativeEach(m.quantities("hcfc22_production_t", Unit.TONNE), m.path() + ".hcfc22_production_t"),
                    nonNegative(m.quantity("tail_gas_mass_t", Unit.TONNE), m.path() + ".tail_gas_mass_t"),
                    percents(
                            m.quantityList("tail_gas_hfc23_weekly_percent", Unit.PERCENT),
                            m.path() + ".tail_gas_hfc23_weekly_percent"),
                    nonNegativeEach(inlet, m.path() + ".inlet_gas_mass_t"),
                    percents(
                            m.quantityList("inlet_gas_hfc23_weekly_percent", Unit.PERCENT),
                            m.path() + ".inlet_gas_hfc23_weekly_percent"),
                    days,
                    nonNegative(m.quantity("lng_consumption_t", Unit.TONNE), m.path() + ".lng_consumption_t"));
            requireSamples(parsed.tailGasMass(), parsed.tailGasSamples(), m.path() + ".tail_gas_hfc23_weekly_percent");
            requireSamples(
                    parsed.inletGasMass().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                    parsed.inletGasSamples(),
                    m.path() + ".inlet_gas_hfc23_weekly_percent");
            if (byMonth.put(month, parsed) != null) {
                throw new DatasetException(m.path() + ".month", month + " appears twice");
            }
        }
        List<Month> ordered = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start);
                !month.isAfter(YearMonth.from(end));
                month = month.plusMonths(1)) {
            Month found = byMonth.get(month);
            if (found == null) {
                throw new DatasetException("monthly", "month " + month + " is missing");
            }
            ordered.add(found);
        }
        return ordered;
    }

    private static void requireSamples(BigDecimal mass, List<BigDecimal> samples, String field) {
        if (mass.signum() > 0 && samples.isEmpty()) {
            throw new DatasetException(field, "at least one sample is required in a month with gas");
        }
    }

    private static void knownUnit(String unit, Map<String, BigDecimal> units, String field) {
        if (!units.containsKey(unit)) {
            throw new DatasetException(field, "'" + unit + "' is not a destruction unit of facility.destruction_units");
        }
    }

    private static List<BigDecimal> percents(List<BigDecimal> values, String field) {
        for (int i = 0; i < values.size(); i++) {
            percent(values.get(i), field + "[" + i + "]");
        }
        return values;
    }

    private static void percent(BigDecimal value, String field) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new DatasetException(field, "a concentration must lie between 0 and 100 %");
        }
    }

    private static Map<String, BigDecimal> nonNegativeEach(Map<String, BigDecimal> values, String field) {
        values.forEach((k, v) -> nonNegative(v, field + "." + k));
        return values;
    }
}
