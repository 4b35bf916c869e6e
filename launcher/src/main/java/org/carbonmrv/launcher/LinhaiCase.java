package org.carbonmrv.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Linhai 2019 case ({@code shared/cases/cn-hfc23-linhai-2019/source.json}) as a plant would
 * send it to the platform: the project submission, and its monitoring data as readings.
 *
 * <p>The weekly GC results carry no dates in the report, only their column (week) in the month:
 * a result in column k is read as a sample over days 7k+1..7k+7 of the month (the fifth column:
 * day 29 to the month's end).
 */
public final class LinhaiCase {

    private final JsonNode source;

    private LinhaiCase(JsonNode source) {
        this.source = source;
    }

    public static LinhaiCase load(Path sourceJson) throws IOException {
        return new LinhaiCase(MrvClient.JSON.readTree(Files.readAllBytes(sourceJson)));
    }

    public static Path defaultSource(Path home) {
        return home.resolveSibling("shared")
                .resolve("cases")
                .resolve("cn-hfc23-linhai-2019")
                .resolve("source.json");
    }

    public ObjectNode projectSubmission() {
        ObjectNode project = MrvClient.JSON.createObjectNode();
        project.put("name", "Linhai Limin Chemicals HFC-23 destruction (临海市利民化工有限公司 HFC-23 分解项目)");
        project.put("methodologyId", "CM-010");
        project.put("methodologyVersion", "V01");
        ObjectNode facility = project.putObject("facility");
        ArrayNode lines = facility.putArray("productionLines");
        source.get("facility")
                .get("hcfc22_lines")
                .forEach(l -> lines.addObject()
                        .put("id", l.get("id").asText())
                        .put(
                                "capacityTonnesPerYear",
                                l.get("capacity_t_per_year").decimalValue()));
        ArrayNode units = facility.putArray("destructionUnits");
        source.get("facility")
                .get("destruction_units")
                .forEach(u -> units.addObject()
                        .put("id", u.get("id").asText())
                        .put("label", u.get("label_zh").asText()));
        project.put("timeZone", "Asia/Shanghai");
        project.put("creditingPeriodStart", "2019-01-01");
        project.put("creditingPeriodEnd", "2025-12-31");
        project.putObject("location").put("country", "CN").put("subdivision", "CN-ZJ"); // Linhai, Zhejiang
        return project;
    }

    public LocalDate periodStart() {
        return LocalDate.parse(source.get("project").get("period").get("start").asText());
    }

    public LocalDate periodEnd() {
        return LocalDate.parse(source.get("project").get("period").get("end").asText());
    }

    /**
     * An LNG emission factor that is not the fossil-fuel tool's (the IPCC default 56.1 tCO2/TJ instead
     * of its conservative upper bound). The verification report says monitoring report v01 used a
     * factor "not chosen per the tool" without printing it; this value stands in for it in the story.
     */
    public static final String LNG_FACTOR_AS_FIRST_REPORTED = "0.0561";

    /** Every monitored and fixed value of the period as one upload of readings. */
    public ObjectNode readings() {
        return readings(source.get("constants").get("EF_CO2_LNG_t_per_GJ").asText());
    }

    /** The upload as the owner first sent it: with the LNG factor the verifier will raise a non-conformity on. */
    public ObjectNode readingsAsFirstReported() {
        return readings(LNG_FACTOR_AS_FIRST_REPORTED);
    }

    public String lngFactor() {
        return source.get("constants").get("EF_CO2_LNG_t_per_GJ").asText();
    }

    private ObjectNode readings(String lngFactor) {
        ObjectNode upload = MrvClient.JSON.createObjectNode();
        ArrayNode rows = upload.putArray("readings");
        for (JsonNode month : source.get("monthly")) {
            YearMonth m = YearMonth.parse(month.get("month").asText());
            month.get("hcfc22_production_t")
                    .fields()
                    .forEachRemaining(line -> monthly(
                            rows,
                            "Q_HCFC22_gen",
                            line.getKey(),
                            m,
                            line.getValue().asText(),
                            "t"));
            monthly(
                    rows,
                    "q_HFC23_gen",
                    "tail-gas",
                    m,
                    month.get("tail_gas_mass_t").asText(),
                    "t");
            weekly(rows, "p_HFC23_gen", "tail-gas-gc", m, month.get("tail_gas_hfc23_weekly_columns_raw"));
            month.get("inlet_gas_mass_t")
                    .fields()
                    .forEachRemaining(unit -> monthly(
                            rows,
                            "q_HFC23_inlet",
                            unit.getKey(),
                            m,
                            unit.getValue().asText(),
                            "t"));
            weekly(rows, "p_HFC23_inlet", "inlet-gc", m, month.get("inlet_gas_hfc23_weekly_columns_raw"));
            month.get("operating_days_reported")
                    .fields()
                    .forEachRemaining(unit -> monthly(
                            rows, "D_f", unit.getKey(), m, unit.getValue().asText(), "d"));
            monthly(rows, "Q_FF", "lng", m, month.get("lng_consumption_t").asText(), "t");
        }
        JsonNode constants = source.get("constants");
        period(rows, "GWP_HFC23", "plant", constants.get("GWP_HFC23").asText(), "tCO2e/t");
        period(
                rows,
                "EF_CO2_HFC23",
                "plant",
                constants.get("EF_CO2_per_HFC23_t").asText(),
                "tCO2/t");
        period(rows, "W_default", "plant", constants.get("W_default").asText(), "1");
        period(rows, "EF_CO2_FF", "lng", lngFactor, "tCO2/GJ");
        period(rows, "NCV_FF", "lng", constants.get("NCV_LNG_GJ_per_t").asText(), "GJ/t");
        period(
                rows,
                "rho_exhaust",
                "plant",
                constants.get("exhaust_gas_density_kg_per_m3").asText(),
                "kg/m3");
        period(
                rows,
                "c_outlet_max",
                "plant",
                constants.get("outlet_HFC23_concentration_max_percent").asText(),
                "%");
        source.get("facility")
                .get("destruction_units")
                .forEach(u -> period(
                        rows,
                        "F_f",
                        u.get("id").asText(),
                        u.get("exhaust_fan_rated_m3_per_h").asText(),
                        "m3/h"));
        JsonNode annual = source.get("annual");
        period(
                rows,
                "Q_HCFC22_qualified",
                "plant",
                annual.get("Q_HCFC22_qualified_t").asText(),
                "t");
        period(
                rows,
                "Q_HFC23_dec_stored",
                "plant",
                annual.get("Q_HFC23_stored_previous_year_t").asText(),
                "t");
        return upload;
    }

    /** The monitoring plan of the verification report: its monitored parameters and the 18 meters of tables 5-9. */
    public ObjectNode monitoringPlan() {
        ObjectNode plan = MrvClient.JSON.createObjectNode();
        plan.put("effectiveFrom", periodStart().toString());
        ArrayNode parameters = plan.putArray("parameters");
        parameter(parameters, "Q_HCFC22_gen", "HCFC-22 produced", "HCFC-22 产量", "t", "meter", "P1M", "sum");
        parameter(
                parameters,
                "q_HFC23_gen",
                "tail gas leaving the HCFC-22 lines",
                "HFC-23 废气质量",
                "t",
                "meter",
                "P1M",
                "sum");
        parameter(
                parameters,
                "p_HFC23_gen",
                "HFC-23 in the tail gas",
                "废气中 HFC-23 浓度",
                "%",
                "laboratory",
                "P7D",
                "mean of samples");
        parameter(parameters, "q_HFC23_inlet", "gas fed to the furnace", "进入焚烧炉的废气质量", "t", "meter", "P1M", "sum");
        parameter(
                parameters,
                "p_HFC23_inlet",
                "HFC-23 in the feed gas",
                "进料中 HFC-23 浓度",
                "%",
                "laboratory",
                "P7D",
                "mean of samples");
        parameter(parameters, "D_f", "operating days of the furnace", "焚烧炉运行天数", "d", "manual", "P1M", "sum");
        parameter(parameters, "Q_FF", "LNG burnt by the furnaces", "焚烧炉 LNG 消耗量", "t", "meter", "P1M", "sum");
        ArrayNode meters = plan.putArray("meters");
        for (JsonNode m : source.get("meters")) {
            ObjectNode meter = meters.addObject();
            meter.put("serial", m.get("id").asText());
            meter.put("type", m.get("type").asText());
            meter.put("model", m.path("model").asText(null));
            meter.put("accuracy", m.path("accuracy").asText(null));
            meter.put("dcsTag", m.path("dcs_tag").asText(null));
            meter.put("measures", m.get("measures").asText());
            ArrayNode serves = meter.putArray("serves");
            servesOf(m).forEach(serves::add);
            if (m.get("measures").asText().startsWith("q_HFC23,inlet")) {
                meter.put("redundancyGroup", "inlet-" + m.get("unit_id").asText());
                meter.put("redundancyRule", "series");
            }
        }
        return plan;
    }

    /** What a meter serves: the destruction unit it names, the production lines, or both furnaces. */
    private static List<String> servesOf(JsonNode meter) {
        String measures = meter.get("measures").asText();
        if (meter.hasNonNull("unit_id")) {
            return List.of(meter.get("unit_id").asText());
        }
        if (measures.startsWith("Q_HCFC22") || measures.startsWith("q_HFC23,gen")) {
            return List.of("production");
        }
        if (measures.startsWith("p_HFC23")) {
            return List.of("production", "furnace-1", "furnace-2");
        }
        return List.of("furnace-1", "furnace-2");
    }

    /** The 34 calibrations of tables 19-23, as (meter serial, body) pairs. */
    public List<Map.Entry<String, ObjectNode>> calibrations() {
        List<Map.Entry<String, ObjectNode>> calibrations = new ArrayList<>();
        for (JsonNode c : source.get("calibrations")) {
            ObjectNode body = MrvClient.JSON
                    .createObjectNode()
                    .put("performedOn", c.get("calibrated_on").asText())
                    .put("validUntil", c.get("valid_until").asText())
                    .put(
                            "certificate",
                            "verification report table " + c.get("table").asText());
            calibrations.add(Map.entry(c.get("meter").asText(), body));
        }
        return calibrations;
    }

    /** The stand-in the report names: truck scale 0417 weighed in place of 0561 from 2019-06-05 to 2019-07-30. */
    public ObjectNode truckScaleSubstitution() {
        return MrvClient.JSON
                .createObjectNode()
                .put("substituteSerial", "0417")
                .put("from", "2019-06-05")
                .put("to", "2019-07-30")
                .put("reason", "0561 awaiting recalibration (verification report, note under table 19)");
    }

    /** The 66 shutdown rows of tables 3 and 4, with the durations as printed. */
    public ObjectNode downtime() {
        ObjectNode body = MrvClient.JSON.createObjectNode();
        ArrayNode entries = body.putArray("entries");
        for (String unit : List.of("furnace-1", "furnace-2")) {
            for (JsonNode row : source.get("downtime").get(unit)) {
                JsonNode d = row.get("duration_reported_parsed");
                entries.addObject()
                        .put("unitId", unit)
                        .put("from", row.get("from").asText())
                        .put("to", row.get("to").asText())
                        .put("productionStopped", row.get("hcfc22_stopped").asBoolean())
                        .put(
                                "statedDurationMinutes",
                                d.get("days").asInt() * 1440
                                        + d.get("hours").asInt() * 60
                                        + d.get("minutes").asInt())
                        .put(
                                "reference",
                                "table " + (unit.equals("furnace-1") ? "3" : "4") + " row "
                                        + row.get("row_no").asText());
            }
        }
        return body;
    }

    private static void parameter(
            ArrayNode parameters,
            String id,
            String en,
            String zh,
            String unit,
            String source,
            String frequency,
            String aggregation) {
        ObjectNode p = parameters
                .addObject()
                .put("id", id)
                .put("nameEn", en)
                .put("nameZh", zh)
                .put("unit", unit)
                .put("source", source)
                .put("frequency", frequency)
                .put("aggregation", aggregation);
        if (unit.equals("%")) {
            // HFC-23 in the tail gas of an HCFC-22 plant: a GC result below 90 % would be a sampling fault
            p.put("plausibleMinimum", "90").put("plausibleMaximum", "100");
        }
    }

    private void monthly(ArrayNode rows, String parameter, String source, YearMonth month, String value, String unit) {
        row(rows, parameter, source, month.atDay(1), month.atEndOfMonth(), value, unit);
    }

    private void weekly(ArrayNode rows, String parameter, String source, YearMonth month, JsonNode columns) {
        for (int k = 0; k < columns.size(); k++) {
            String value = columns.get(k).asText();
            if (value.equals("-")) {
                continue;
            }
            int from = Math.min(7 * k + 1, month.lengthOfMonth());
            int to = k == columns.size() - 1 ? month.lengthOfMonth() : Math.min(7 * k + 7, month.lengthOfMonth());
            row(rows, parameter, source, month.atDay(from), month.atDay(to), value, "%");
        }
    }

    private void period(ArrayNode rows, String parameter, String source, String value, String unit) {
        row(rows, parameter, source, periodStart(), periodEnd(), value, unit);
    }

    private static void row(
            ArrayNode rows, String parameter, String source, LocalDate from, LocalDate to, String value, String unit) {
        rows.addObject()
                .put("parameter", parameter)
                .put("source", source)
                .put("from", from.toString())
                .put("to", to.toString())
                .put("value", value)
                .put("unit", unit)
                .put("quality", "verified-report");
    }
}
