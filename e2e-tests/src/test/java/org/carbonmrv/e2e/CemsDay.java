package org.carbonmrv.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.cems.protocol.DataSegment;
import org.carbonmrv.cems.protocol.FrameReader;
import org.carbonmrv.cems.protocol.FrameWriter;
import org.carbonmrv.launcher.AdipicAcidCase;
import org.carbonmrv.launcher.CemsSimulator;
import org.carbonmrv.launcher.LinhaiChain;
import org.carbonmrv.launcher.MrvClient;
import org.carbonmrv.platform.testsupport.TestDatabase;

import java.io.OutputStream;
import java.io.StringWriter;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A day of CEMS minute data for a CAR-CN-AAPP project, from three simulated data loggers (in, out,
 * bypass) over HJ 212 to the adapter, and from there through the monitoring-service: hourly values
 * with their validity, QA findings per logger, and a calculation through the gateway.
 */
final class CemsDay {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    private final MrvClient client;
    private final LinhaiChain chain;
    private final int adapterPort;
    private final TestDatabase database;

    CemsDay(MrvClient client, LinhaiChain chain, int adapterPort, TestDatabase database) {
        this.client = client;
        this.chain = chain;
        this.adapterPort = adapterPort;
        this.database = database;
    }

    void run() throws Exception {
        String owner = chain.token("juhua-owner");
        AdipicAcidCase adipic = new AdipicAcidCase();
        AdipicAcidCase.Opened opened = adipic.listedWithPeriod(
                client, owner, chain.token(LinhaiChain.REGISTRY), "Juhua adipic acid, CEMS by HJ 212", DAY, DAY);
        String projectId = opened.projectId();
        String period = opened.periodId();
        List<CemsSimulator.Logger> loggers = CemsSimulator.registerLoggers(client, owner, projectId, 3, DAY);

        // an MN registered for another project, a wrong password, an unknown MN: refused, nothing stored
        CemsSimulator.Logger first = loggers.get(0);
        MrvClient.Response taken = client.post(
                "/api/monitoring/projects/" + chain.projectId + "/data-loggers",
                chain.token(LinhaiChain.OWNER),
                Map.of(
                        "mn",
                        first.mn(),
                        "password",
                        "123456",
                        "source",
                        "furnace-1",
                        "channels",
                        List.of(Map.of("code", "LNG", "parameter", "Q_FF", "unit", "t"))));
        assertThat(taken.status()).as(taken.text()).isEqualTo(409);
        assertThat(taken.body().get("code").asText()).isEqualTo("data-logger-registered");
        // the adapter learns of a new registration within a second or two; till then the MN is unknown (QnRtn 4)
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> answerTo(first.mn(), "654321"), "9011 QnRtn=3"::equals);
        assertThat(answerTo("NOSUCHLOGGER01", "123456")).isEqualTo("9011 QnRtn=4");
        assertThat(count(
                        "SELECT count(*) FROM cems_adapter.frames WHERE mn IN (?, 'NOSUCHLOGGER01') AND data_time < '2024-01-01'",
                        first.mn()))
                .isZero();

        CemsSimulator simulator = new CemsSimulator("127.0.0.1", adapterPort);
        CemsSimulator.Played played = simulator.play(loggers, DAY.atStartOfDay(), 24);
        // 24 hours of 60 minutes less the 30 of hour 5's outage, and 24 hourly values, per logger
        assertThat(played.dataAnswers()).isEqualTo(3 * (24 * 60 - 30 + 24));
        assertThat(played.crcRefusals())
                .as("every 97th frame first sent with a wrong CRC")
                .isEqualTo(3 * 14);
        assertThat(played.reconnects()).isEqualTo(3);
        assertThat(played.otherRefusals()).isZero();

        String readings = "/api/monitoring/projects/" + projectId + "/reporting-periods/" + period;
        JsonNode hourly = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> LinhaiChain.expect(200, client.get(readings + "/hourly-values", owner)),
                        h -> h.get("series").size() == 6
                                && StreamSupport.stream(h.get("series").spliterator(), false)
                                        .allMatch(s -> s.get("hours").size() == 24));
        for (JsonNode series : hourly.get("series")) {
            assertThat(series.get("quality").get(2).asText())
                    .as("hour 2: 15 calibration minutes, 45 valid")
                    .isEqualTo("N");
            assertThat(series.get("quality").get(5).asText())
                    .as("hour 5: 30 minutes, invalid")
                    .isEqualTo("B");
        }
        JsonNode incoming = StreamSupport.stream(hourly.get("series").spliterator(), false)
                .filter(s -> s.get("parameter").asText().equals("C_N2O_in"))
                .findFirst()
                .orElseThrow();
        assertThat(incoming.get("values").get(0).decimalValue()).isEqualByComparingTo("10000");
        assertThat(count(
                        "SELECT count(*) FROM cems_adapter.hour_outcomes WHERE outcome = 'recorded' AND mn = ?",
                        first.mn()))
                .isEqualTo(24);

        // the logger sends the whole day again (as after a lost acknowledgement): stored once, nothing new forwarded
        CemsSimulator.Played again = simulator.play(List.of(first), DAY.atStartOfDay(), 24);
        assertThat(again.dataAnswers()).isEqualTo(24 * 60 - 30 + 24);
        assertThat(count("SELECT count(*) FROM cems_adapter.frames WHERE mn = ?", first.mn()))
                .isEqualTo(24 * 60 - 30 + 24);
        assertThat(count("SELECT count(*) FROM cems_adapter.open_hours WHERE mn = ?", first.mn()))
                .isZero();

        // the inlet CEMS's calibration of that day is in the register; the outlet's and the bypass's are not
        LinhaiChain.expect(
                201,
                client.post(
                        "/api/monitoring/projects/" + projectId + "/meters/CEMS-in/calibrations",
                        owner,
                        Map.of(
                                "performedOn",
                                DAY.toString(),
                                "validUntil",
                                DAY.plusYears(1).toString())));
        JsonNode checks = LinhaiChain.expect(200, client.get(readings + "/checks", owner));
        List<String> found = StreamSupport.stream(checks.get("findings").spliterator(), false)
                .map(f -> f.get("check").asText())
                .toList();
        assertThat(found.stream().filter("logger-invalid-hours"::equals))
                .as("hour 5 of each logger's two codes")
                .hasSize(6);
        assertThat(found.stream().filter("logger-hours-disagree-with-minutes"::equals))
                .as("hour 7's 5 % (in, out) and hour 5's validity, per code")
                .hasSize(6);
        List<String> calibrationsMissing = StreamSupport.stream(
                        checks.get("findings").spliterator(), false)
                .filter(f -> f.get("check").asText().equals("logger-calibration-not-in-register"))
                .map(f -> f.get("data").get("meter").asText())
                .sorted()
                .toList();
        assertThat(calibrationsMissing)
                .as("hour 2's calibration minutes, per code, where the register has no calibration that day")
                .containsExactly("CEMS-byp", "CEMS-byp", "CEMS-out", "CEMS-out");

        StringWriter other = new StringWriter();
        other.write("parameter,source,from,to,value,unit,quality\n");
        adipic.writeProductionAndConstants(DAY, DAY, other);
        LinhaiChain.expect(201, client.postRaw(readings + "/reading-batches", owner, other.toString(), "text/csv"));
        JsonNode calculated = LinhaiChain.expect(
                201,
                client.post(
                        "/api/calculations/reports",
                        owner,
                        Map.of("projectId", projectId, "reportingPeriodId", period)));
        // 24 t of N2O in, 1.2 t out; hour 5 of each stream substituted (the mean of its neighbours: the same values)
        assertThat(calculated.get("results").get("N2O_gen").asText()).isEqualTo("24.00000");
        assertThat(calculated.get("results").get("substituted_hours").asText()).isEqualTo("3");
        assertThat(calculated.get("results").get("BE").asText()).isEqualTo("715");
        assertThat(calculated.get("results").get("PE").asText()).isEqualTo("364");
        assertThat(calculated.get("results").get("ER_y").asText()).isEqualTo("351");
    }

    /** The adapter's answer to one minute frame of {@code mn} with {@code password}: its CN and CP. */
    private String answerTo(String mn, String password) throws Exception {
        String segment = "QN=20231231000000001;ST=31;CN=2051;PW=" + password + ";MN=" + mn
                + ";Flag=5;CP=&&DataTime=20231231000000;N2O-Avg=1,N2O-Flag=N&&";
        try (Socket socket = new Socket("127.0.0.1", adapterPort)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(FrameWriter.frame(segment));
            out.flush();
            DataSegment answer = FrameReader.frames(CemsSimulator.readFrame(socket.getInputStream()))
                    .get(0)
                    .segment();
            return answer.cn() + " " + answer.cp();
        }
    }

    private long count(String sql, String mn) throws Exception {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, mn);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
