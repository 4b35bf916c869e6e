package org.carbonmrv.launcher;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * An adipic-acid N2O abatement project under CAR-CN-AAPP 1.0-workgroup, with the hourly CEMS
 * readings of the worked examples (shared/methodologies/CAR-CN-AAPP.md, CarCnAappTest): every hour
 * 10,000 mg/Nm3 of N2O in 100,000 Nm3/h entering the unit, 500 mg/Nm3 leaving it, no bypass;
 * per 30 days 10,000 t of adipic acid, 50 kNm3 of natural gas and 100 MWh.
 */
public final class AdipicAcidCase {

    public static final String UNIT = "N2O-abatement";

    public ObjectNode projectSubmission(String name) {
        ObjectNode project = MrvClient.JSON.createObjectNode();
        project.put("name", name);
        project.put("methodologyId", "CAR-CN-AAPP");
        project.put("methodologyVersion", "1.0-workgroup");
        ObjectNode facility = project.putObject("facility");
        facility.putArray("productionLines").addObject().put("id", "AA-1").put("capacityTonnesPerYear", 150000);
        facility.putArray("destructionUnits").addObject().put("id", UNIT).put("label", "N2O 分解装置");
        project.put("timeZone", "Asia/Shanghai");
        project.put("creditingPeriodStart", "2022-01-01");
        project.put("creditingPeriodEnd", "2031-12-31");
        project.putObject("location").put("country", "CN").put("subdivision", "CN-ZJ");
        return project;
    }

    /** A project and period listed and opened through the gateway: the owner submits, the registry lists. */
    public record Opened(String projectId, String periodId) {}

    public Opened listedWithPeriod(
            MrvClient client, String ownerToken, String registryToken, String name, LocalDate start, LocalDate end)
            throws IOException, InterruptedException {
        String projectId = LinhaiChain.expect(201, client.post("/api/projects", ownerToken, projectSubmission(name)))
                .get("id")
                .asText();
        LinhaiChain.expect(204, client.post("/api/projects/" + projectId + "/listing", registryToken, "{}"));
        String periodId = LinhaiChain.expect(
                        201,
                        client.post(
                                "/api/projects/" + projectId + "/reporting-periods",
                                ownerToken,
                                java.util.Map.of("start", start.toString(), "end", end.toString())))
                .get("id")
                .asText();
        return new Opened(projectId, periodId);
    }

    /**
     * The readings of a period as CSV: hourly values of the three streams, monthly production and
     * energy (pro rata: per 30 days as above), and the period's constants; the production cap
     * is 1.2 × production, so nothing is capped.
     */
    public long writeReadings(LocalDate start, LocalDate end, Writer out) throws IOException {
        out.write("parameter,source,from,to,value,unit,quality\n");
        long rows = 0;
        for (LocalDateTime h = start.atStartOfDay(); h.isBefore(end.plusDays(1).atStartOfDay()); h = h.plusHours(1)) {
            String from = h.toString();
            String to = h.plusHours(1).toString();
            rows += hour(out, "in", from, to, "10000");
            rows += hour(out, "out", from, to, "500");
            rows += hour(out, "byp", from, to, "0");
        }
        return rows + writeProductionAndConstants(start, end, out);
    }

    /** The period's rows that are not hourly: monthly production and energy, and the constants. */
    public long writeProductionAndConstants(LocalDate start, LocalDate end, Writer out) throws IOException {
        long rows = 0;
        long days = end.toEpochDay() - start.toEpochDay() + 1;
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(start) ? start : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(end) ? end : m.atEndOfMonth();
            long monthDays = last.toEpochDay() - first.toEpochDay() + 1;
            out.write("AA,AA-1," + first + "," + last + "," + perThirtyDays(10000, monthDays) + ",t,\n");
            out.write("Q_NG,plant," + first + "," + last + "," + perThirtyDays(50, monthDays) + ",kNm3,\n");
            out.write("EC,plant," + first + "," + last + "," + perThirtyDays(100, monthDays) + ",MWh,\n");
            rows += 3;
        }
        out.write("AA_cap,plant," + start + "," + end + "," + perThirtyDays(12000, days) + ",t,\n");
        out.write("NCV_NG,plant," + start + "," + end + ",38.931,GJ/kNm3,\n");
        out.write("EF_CO2_NG,plant," + start + "," + end + ",0.0561,tCO2/GJ,\n");
        out.write("EF_grid,plant," + start + "," + end + ",0.5703,tCO2/MWh,\n");
        return rows + 4;
    }

    /** The monitoring plan of the CEMS streams (hourly concentration and flow of in, out and bypass) and the monthly data. */
    public ObjectNode monitoringPlan(LocalDate effectiveFrom) {
        ObjectNode plan = MrvClient.JSON.createObjectNode();
        plan.put("effectiveFrom", effectiveFrom.toString());
        ArrayNode parameters = plan.putArray("parameters");
        for (String stream : STREAMS) {
            parameter(parameters, "C_N2O_" + stream, "N2O concentration, " + stream, "mg/Nm3", "meter", "PT1H");
            parameter(parameters, "Q_gas_" + stream, "gas flow, " + stream, "Nm3/h", "meter", "PT1H");
        }
        parameter(parameters, "AA", "adipic acid produced", "t", "meter", "P1M");
        ArrayNode meters = plan.putArray("meters");
        for (String stream : STREAMS) {
            meters.addObject()
                    .put("serial", "CEMS-" + stream)
                    .put("type", "CEMS")
                    .put("measures", "N2O and flow, " + stream)
                    .putArray("serves")
                    .add(UNIT);
        }
        return plan;
    }

    /** The streams of the abatement unit, each with its own CEMS and data logger. */
    public static final List<String> STREAMS = List.of("in", "out", "byp");

    /**
     * A data logger of one stream: its codes {@code N2O} and {@code Qgas} (as {@link CemsSimulator}'s
     * loggers send them) are the stream's concentration and flow, measured by the stream's CEMS.
     */
    public ObjectNode dataLogger(String mn, String password, String stream) {
        ObjectNode logger = MrvClient.JSON.createObjectNode();
        logger.put("mn", mn).put("password", password).put("source", UNIT);
        ArrayNode channels = logger.putArray("channels");
        channels.addObject()
                .put("code", "N2O")
                .put("parameter", "C_N2O_" + stream)
                .put("unit", "mg/Nm3")
                .put("meterSerial", "CEMS-" + stream);
        channels.addObject()
                .put("code", "Qgas")
                .put("parameter", "Q_gas_" + stream)
                .put("unit", "Nm3/h")
                .put("meterSerial", "CEMS-" + stream);
        return logger;
    }

    private static void parameter(
            ArrayNode parameters, String id, String name, String unit, String source, String frequency) {
        parameters
                .addObject()
                .put("id", id)
                .put("nameEn", name)
                .put("unit", unit)
                .put("source", source)
                .put("frequency", frequency)
                .put("aggregation", frequency.equals("PT1H") ? "hourly" : "sum");
    }

    private static long hour(Writer out, String stream, String from, String to, String concentration)
            throws IOException {
        out.write("C_N2O_" + stream + "," + UNIT + "," + from + "," + to + "," + concentration + ",mg/Nm3,N\n");
        out.write("Q_gas_" + stream + "," + UNIT + "," + from + "," + to + ",100000,Nm3/h,N\n");
        return 2;
    }

    private static String perThirtyDays(long perThirty, long days) {
        return new BigDecimal(perThirty * days)
                .divide(BigDecimal.valueOf(30), 6, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
