package org.carbonmrv.launcher;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo's adipic-acid part: three days of a CAR-CN-AAPP project whose three streams' data
 * loggers report over HJ 212 to the adapter ({@link CemsSimulator}); the hours recorded from them,
 * the QA findings they raise, and the calculation.
 */
final class CemsDemo {

    static final String NAME = "Juhua adipic acid N2O abatement, CEMS over HJ 212 (demo)";
    private static final LocalDate FIRST = LocalDate.of(2024, 6, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 6, 3);

    private final LinhaiChain chain;
    private final Ports ports;

    CemsDemo(LinhaiChain chain, Ports ports) {
        this.chain = chain;
        this.ports = ports;
    }

    void run() throws Exception {
        MrvClient client = chain.client();
        String owner = chain.token("juhua-owner");
        AdipicAcidCase adipic = new AdipicAcidCase();
        AdipicAcidCase.Opened opened =
                adipic.listedWithPeriod(client, owner, chain.token(LinhaiChain.REGISTRY), NAME, FIRST, LAST);
        List<CemsSimulator.Logger> loggers = CemsSimulator.registerLoggers(client, owner, opened.projectId(), 3, FIRST);
        int hours =
                (int) Duration.between(FIRST.atStartOfDay(), LAST.plusDays(1).atStartOfDay())
                        .toHours();
        System.out.println(
                "\nadipic acid   " + opened.projectId() + ": 3 data loggers, " + hours + " hours over HJ 212 ...");
        CemsSimulator.Played played =
                new CemsSimulator("127.0.0.1", ports.cemsTcp()).play(loggers, FIRST.atStartOfDay(), hours);
        System.out.println("frames        " + played.frames() + " sent, " + played.dataAnswers() + " answered 9014, "
                + played.crcRefusals() + " bad CRCs answered 9011, " + played.reconnects() + " disconnects");
        String readings = "/api/monitoring/projects/" + opened.projectId() + "/reporting-periods/" + opened.periodId();
        Instant deadline = Instant.now().plusSeconds(120);
        while (recordedHours(client, owner, readings) < 6L * hours) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the adapter did not forward the hours within two minutes");
            }
            Thread.sleep(1_000);
        }
        StringWriter production = new StringWriter();
        production.write("parameter,source,from,to,value,unit,quality\n");
        adipic.writeProductionAndConstants(FIRST, LAST, production);
        LinhaiChain.expect(
                201, client.postRaw(readings + "/reading-batches", owner, production.toString(), "text/csv"));
        JsonNode checks = LinhaiChain.expect(200, client.get(readings + "/checks", owner));
        System.out.println("QA findings   " + checks.get("openWarnings").asText() + " warnings, e.g. "
                + checks.get("findings")
                        .get(checks.get("findings").size() - 1)
                        .get("message")
                        .asText());
        JsonNode results = LinhaiChain.expect(
                        201,
                        client.post(
                                "/api/calculations/reports",
                                owner,
                                Map.of("projectId", opened.projectId(), "reportingPeriodId", opened.periodId())))
                .get("results");
        System.out.println("BE / PE / ER  " + results.get("BE").asText() + " / "
                + results.get("PE").asText() + " / "
                + results.get("ER_y").asText() + " tCO2e, "
                + results.get("substituted_hours").asText()
                + " hours substituted (the loggers' outages)");
    }

    private static long recordedHours(MrvClient client, String owner, String readings) throws Exception {
        long hours = 0;
        for (JsonNode series : LinhaiChain.expect(200, client.get(readings + "/hourly-values", owner))
                .get("series")) {
            hours += series.get("hours").size();
        }
        return hours;
    }
}
