package org.carbonmrv.methodology.caraapp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.HourlySeries;
import org.carbonmrv.methodology.MethodologyVersion;
import org.carbonmrv.methodology.MonitoredPeriod;
import org.carbonmrv.methodology.MonitoredSeries;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.carbonmrv.methodology.caraapp.CarCnAappParameters.*;

/**
 * Builds a CAR-CN-AAPP data set from a reporting period's hourly CEMS values and aggregates. An
 * hour with no value of a stream is left without it, so the calculation fills it the HJ 75 way;
 * a value flagged invalid keeps its flag. Bypass values estimated by the substitute method carry
 * quality SUB and count against the substitute cap.
 */
final class CarCnAappDatasetAssembler {

    static final String SUBSTITUTE = "SUB";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final MethodologyVersion entry;

    CarCnAappDatasetAssembler(MethodologyVersion entry) {
        this.entry = entry;
    }

    ObjectNode assemble(MonitoredPeriod monitored) {
        ObjectNode dataset =
                JSON.objectNode().put("methodology", entry.id()).put("methodology_version", entry.version());
        dataset.putObject("period")
                .put("start", monitored.start().toString())
                .put("end", monitored.end().toString());
        ObjectNode constants = dataset.putObject("constants");
        periodValue(monitored, NCV_NG).ifPresent(v -> constants.put("NCV_NG_GJ_per_kNm3", v));
        periodValue(monitored, EF_CO2_NG).ifPresent(v -> constants.put("EF_CO2_NG_t_per_GJ", v));
        periodValue(monitored, EF_GRID).ifPresent(v -> constants.put("EF_grid_t_per_MWh", v));
        ObjectNode production = dataset.putObject("production");
        total(monitored, ADIPIC_ACID).ifPresent(v -> production.put("adipic_acid_t", v));
        periodValue(monitored, PRODUCTION_CAP).ifPresent(v -> production.put("cap_t", v));
        ObjectNode energy = dataset.putObject("energy");
        total(monitored, NATURAL_GAS).ifPresent(v -> energy.put("natural_gas_kNm3", v));
        total(monitored, ELECTRICITY).ifPresent(v -> energy.put("electricity_MWh", v));
        hourly(monitored, dataset.putArray("hourly"));
        entry.writeFixedParameters(dataset);
        return dataset;
    }

    private static void hourly(MonitoredPeriod monitored, ArrayNode rows) {
        LocalDateTime from = monitored.start().atStartOfDay();
        int size = Math.toIntExact(
                ChronoUnit.HOURS.between(from, monitored.end().plusDays(1).atStartOfDay()));
        Set<String> units = new TreeSet<>();
        // six slots an hour (concentration and flow of each stream): each slot's series, and the index of its value
        // at each hour of the period (-1: none)
        HourlySeries[] series = new HourlySeries[SLOTS];
        int[][] valueAt = new int[SLOTS][];
        for (HourlySeries one : monitored.hourly()) {
            int slot = slot(one.parameter());
            if (slot < 0) {
                continue;
            }
            units.add(one.source());
            series[slot] = one;
            valueAt[slot] = indexByHour(one, from, size);
        }
        if (units.size() > 1) {
            throw new DatasetException(
                    "hourly",
                    "values of more than one abatement unit " + units
                            + ": lines feeding one unit are one project, each unit its own project");
        }
        for (int h = 0; h < size; h++) {
            ObjectNode row = null;
            for (int s = 0; s < STREAMS.length; s++) {
                int c = valueAt[2 * s] == null ? -1 : valueAt[2 * s][h];
                int q = valueAt[2 * s + 1] == null ? -1 : valueAt[2 * s + 1][h];
                if (row == null && (c >= 0 || q >= 0)) {
                    row = rows.addObject().put("hour", from.plusHours(h).toString());
                }
                if (c < 0 || q < 0) {
                    continue; // missing: the calculation substitutes it
                }
                String stream = STREAMS[s];
                String cFlag = series[2 * s].quality()[c];
                String qFlag = series[2 * s + 1].quality()[q];
                boolean substitute = SUBSTITUTE.equals(cFlag) || SUBSTITUTE.equals(qFlag);
                if (substitute && !stream.equals("byp")) {
                    throw new DatasetException(
                            "hourly[" + from.plusHours(h) + "]." + stream + "_flag",
                            "SUB (substitute method) applies to bypassed or vented gas only");
                }
                // numbers, not strings: 52,560 values a year need not be printed and parsed again
                row.put(stream + "_mg_Nm3", series[2 * s].values()[c])
                        .put(stream + "_Nm3_h", series[2 * s + 1].values()[q])
                        .put(stream + "_flag", substitute ? "N" : flag(cFlag, qFlag));
                if (stream.equals("byp")) {
                    row.put("byp_substitute", substitute);
                }
            }
        }
    }

    /** For each hour of the period, the index of the series' value at that hour, or -1. */
    private static int[] indexByHour(HourlySeries series, LocalDateTime from, int size) {
        int[] at = new int[size];
        Arrays.fill(at, -1);
        for (int i = 0; i < series.size(); i++) {
            int hour = series.hours()[i];
            if (hour < 0 || hour >= size) {
                throw new DatasetException(
                        "hourly[" + from.plusHours(hour) + "]." + series.parameter(),
                        "is not a whole hour inside the period " + from.toLocalDate() + ".."
                                + from.plusHours(size - 1).toLocalDate());
            }
            at[hour] = i;
        }
        return at;
    }

    private static final int SLOTS = 2 * STREAMS.length;

    /** Concentration of stream s in slot 2s, its flow in 2s + 1; -1 for a parameter that is not hourly. */
    private static int slot(String parameter) {
        for (int s = 0; s < STREAMS.length; s++) {
            if (parameter.equals(concentration(STREAMS[s]))) {
                return 2 * s;
            }
            if (parameter.equals(flow(STREAMS[s]))) {
                return 2 * s + 1;
            }
        }
        return -1;
    }

    /** The worse of the two flags: an hour is valid only when concentration and flow both are. */
    private static String flag(String concentration, String flow) {
        String c = concentration == null || concentration.isBlank()
                ? "N"
                : concentration.trim().toUpperCase();
        String q = flow == null || flow.isBlank() ? "N" : flow.trim().toUpperCase();
        return c.equals("N") ? q : c;
    }

    private static Optional<String> periodValue(MonitoredPeriod monitored, String parameter) {
        return sum(monitored, parameter, true);
    }

    private static Optional<String> total(MonitoredPeriod monitored, String parameter) {
        return sum(monitored, parameter, false);
    }

    private static Optional<String> sum(MonitoredPeriod monitored, String parameter, boolean wholePeriod) {
        return monitored.series().stream()
                .filter(s -> s.parameter().equals(parameter) && (s.month() == null) == wholePeriod)
                .map(MonitoredSeries::sum)
                .reduce(BigDecimal::add)
                .map(BigDecimal::toPlainString);
    }
}
