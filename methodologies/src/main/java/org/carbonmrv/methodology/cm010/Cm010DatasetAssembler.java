package org.carbonmrv.methodology.cm010;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.methodology.MonitoredSeries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static org.carbonmrv.methodology.cm010.Cm010Parameters.*;

/**
 * Builds a CM-010-V01 data set from the monitoring-service's aggregates of one reporting period.
 * A monthly parameter with no reading in a month is left out of the data set, so the calculation
 * names it as missing instead of taking it as zero.
 */
final class Cm010DatasetAssembler {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, String> CONSTANTS = Map.of(
            GWP, "GWP_HFC23",
            EF_CO2_HFC23, "EF_CO2_per_HFC23_t",
            W_DEFAULT, "W_default",
            EF_CO2_FF, "EF_CO2_LNG_t_per_GJ",
            NCV_FF, "NCV_LNG_GJ_per_t",
            EXHAUST_DENSITY, "exhaust_gas_density_kg_per_m3",
            OUTLET_CONCENTRATION, "outlet_HFC23_concentration_max_percent",
            EF_GRID, "EF_grid_t_per_MWh");
    private static final Map<String, String> ANNUAL = Map.of(
            Q_HCFC22_QUALIFIED, "Q_HCFC22_qualified_t",
            STORED_PREVIOUS_YEAR, "Q_HFC23_stored_previous_year_t",
            ELECTRICITY, "EC_MWh");

    private final String methodologyKey;

    Cm010DatasetAssembler(String methodologyKey) {
        this.methodologyKey = methodologyKey;
    }

    ObjectNode assemble(LocalDate periodStart, LocalDate periodEnd, List<MonitoredSeries> series) {
        ObjectNode dataset = JSON.objectNode();
        ObjectNode project = dataset.putObject("project");
        project.put("methodology", methodologyKey);
        project.putObject("period").put("start", periodStart.toString()).put("end", periodEnd.toString());

        ArrayNode units = dataset.putObject("facility").putArray("destruction_units");
        periodValues(series, FAN_FLOW)
                .forEach(s -> units.addObject()
                        .put("id", s.source())
                        .put("exhaust_fan_rated_m3_per_h", s.sum().toPlainString()));

        ObjectNode constants = dataset.putObject("constants");
        CONSTANTS.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(c -> sumOf(periodValues(series, c.getKey())).ifPresent(v -> constants.put(c.getValue(), v)));
        ObjectNode annual = dataset.putObject("annual");
        ANNUAL.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(a -> sumOf(periodValues(series, a.getKey())).ifPresent(v -> annual.put(a.getValue(), v)));

        ArrayNode monthly = dataset.putArray("monthly");
        for (YearMonth month = YearMonth.from(periodStart);
                !month.isAfter(YearMonth.from(periodEnd));
                month = month.plusMonths(1)) {
            monthly.add(month(series, month));
        }
        return dataset;
    }

    private ObjectNode month(List<MonitoredSeries> series, YearMonth month) {
        ObjectNode node = JSON.objectNode().put("month", month.toString());
        bySource(node, "hcfc22_production_t", monthValues(series, Q_HCFC22_GEN, month));
        sumOf(monthValues(series, TAIL_GAS_MASS, month)).ifPresent(v -> node.put("tail_gas_mass_t", v));
        samples(node, "tail_gas_hfc23_weekly_percent", monthValues(series, TAIL_GAS_CONCENTRATION, month));
        bySource(node, "inlet_gas_mass_t", monthValues(series, INLET_GAS_MASS, month));
        samples(node, "inlet_gas_hfc23_weekly_percent", monthValues(series, INLET_GAS_CONCENTRATION, month));
        bySource(node, "operating_days_reported", monthValues(series, OPERATING_DAYS, month));
        sumOf(monthValues(series, FUEL, month)).ifPresent(v -> node.put("lng_consumption_t", v));
        return node;
    }

    private static void bySource(ObjectNode node, String field, List<MonitoredSeries> values) {
        if (!values.isEmpty()) {
            ObjectNode object = node.putObject(field);
            values.forEach(s -> object.put(s.source(), s.sum().toPlainString()));
        }
    }

    private static void samples(ObjectNode node, String field, List<MonitoredSeries> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.stream().flatMap(s -> s.samples().stream()).forEach(v -> array.add(v.toPlainString()));
        }
    }

    private static Optional<String> sumOf(List<MonitoredSeries> values) {
        return values.stream().map(MonitoredSeries::sum).reduce(BigDecimal::add).map(BigDecimal::toPlainString);
    }

    private static List<MonitoredSeries> periodValues(List<MonitoredSeries> series, String parameter) {
        return select(series, parameter, s -> s.month() == null);
    }

    private static List<MonitoredSeries> monthValues(List<MonitoredSeries> series, String parameter, YearMonth month) {
        return select(series, parameter, s -> month.equals(s.month()));
    }

    private static List<MonitoredSeries> select(
            List<MonitoredSeries> series, String parameter, Predicate<MonitoredSeries> when) {
        return series.stream()
                .filter(s -> s.parameter().equals(parameter))
                .filter(when)
                .sorted(Comparator.comparing(MonitoredSeries::source))
                .toList();
    }
}
