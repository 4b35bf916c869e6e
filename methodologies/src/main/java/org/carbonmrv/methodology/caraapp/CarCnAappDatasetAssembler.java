package org.carbonmrv.methodology.caraapp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.HourlyValue;
import org.carbonmrv.methodology.MonitoredPeriod;
import org.carbonmrv.methodology.MonitoredSeries;
import org.carbonmrv.methodology.MethodologyVersion;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        ObjectNode dataset = JSON.objectNode().put("methodology", entry.id()).put("methodology_version", entry.version());
        dataset.putObject("period").put("start", monitored.start().toString()).put("end", monitored.end().toString());
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
        return entry.withFixedParameters(dataset);
    }

    private static void hourly(MonitoredPeriod monitored, ArrayNode rows) {
        Set<String> units = new TreeSet<>();
        // six slots an hour (concentration and flow of each stream), keyed by hour, sorted once
        Map<LocalDateTime, HourlyValue[]> byHour = new HashMap<>(monitored.hourly().size() / 4);
        for (HourlyValue v : monitored.hourly()) {
            int slot = slot(v.parameter());
            if (slot < 0) {
                continue;
            }
            units.add(v.source());
            byHour.computeIfAbsent(v.hour(), h -> new HourlyValue[SLOTS])[slot] = v;
        }
        if (units.size() > 1) {
            throw new DatasetException("hourly", "values of more than one abatement unit " + units
                    + ": lines feeding one unit are one project, each unit its own project");
        }
        List<LocalDateTime> hours = new ArrayList<>(byHour.keySet());
        Collections.sort(hours);
        for (LocalDateTime hour : hours) {
            HourlyValue[] values = byHour.get(hour);
            ObjectNode row = rows.addObject().put("hour", hour.toString());
            for (int s = 0; s < STREAMS.length; s++) {
                String stream = STREAMS[s];
                HourlyValue c = values[2 * s];
                HourlyValue q = values[2 * s + 1];
                if (c == null || q == null) {
                    continue; // missing: the calculation substitutes it
                }
                boolean substitute = SUBSTITUTE.equals(c.quality()) || SUBSTITUTE.equals(q.quality());
                if (substitute && !stream.equals("byp")) {
                    throw new DatasetException("hourly[" + hour + "]." + stream + "_flag",
                            "SUB (substitute method) applies to bypassed or vented gas only");
                }
                // numbers, not strings: 52,560 values a year need not be printed and parsed again
                row.put(stream + "_mg_Nm3", c.value()).put(stream + "_Nm3_h", q.value())
                        .put(stream + "_flag", substitute ? "N" : flag(c.quality(), q.quality()));
                if (stream.equals("byp")) {
                    row.put("byp_substitute", substitute);
                }
            }
        }
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
        String c = concentration == null || concentration.isBlank() ? "N" : concentration.trim().toUpperCase();
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
