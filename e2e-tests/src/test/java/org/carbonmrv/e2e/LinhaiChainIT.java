package org.carbonmrv.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.carbonmrv.audit.bundle.BundleCheck;
import org.carbonmrv.audit.bundle.BundleVerifier;
import org.carbonmrv.audit.bundle.BundleWriter;
import org.carbonmrv.audit.checkpoint.Checkpoint;
import org.carbonmrv.audit.checkpoint.CheckpointKey;
import org.carbonmrv.audit.checkpoint.CheckpointVerifier;
import org.carbonmrv.audit.merkle.Hash;
import org.carbonmrv.audit.merkle.Proofs;
import org.carbonmrv.launcher.AdipicAcidCase;
import org.carbonmrv.launcher.Database;
import org.carbonmrv.launcher.LinhaiCase;
import org.carbonmrv.launcher.LinhaiChain;
import org.carbonmrv.launcher.MrvClient;
import org.carbonmrv.launcher.Platform;
import org.carbonmrv.launcher.Ports;
import org.carbonmrv.platform.testsupport.TestDatabase;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Linhai 2019 case through the real gateway, with real tokens from a real Keycloak, against
 * the four services running as their own processes on a real PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinhaiChainIT {

    static final int UPLOAD_LIMIT = 1_000_000;
    static Platform platform;
    static LinhaiChain chain;
    static MrvClient client;
    static TestDatabase database;

    @BeforeAll
    static void startThePlatform() throws Exception {
        Path home = Platform.findHome();
        Ports ports = Ports.forTests();
        database = TestDatabase.get();
        platform = new Platform(
                        home, ports, Database.external(database.url(), database.user(), database.password()), "e2e")
                .withLogs("e2e-chain")
                .withSetting("MRV_MAX_UPLOAD_BYTES", String.valueOf(UPLOAD_LIMIT))
                // the read models' rebuild replays seven events to a transaction: many chunks, each edge crossed
                .withSetting("MRV_REBUILD_CHUNK", "7")
                // the CEMS adapter forwards closed hours every second, not every five
                .withSetting("MRV_CEMS_FORWARD_EVERY", "PT1S")
                // a webhook that failed is tried again after a second or two, not five to ten
                .withSetting("MRV_WEBHOOK_FIRST_RETRY", "PT1S");
        platform.start();
        client = new MrvClient(ports.gatewayUrl(), ports.keycloakUrl());
        chain = new LinhaiChain(client, LinhaiCase.load(LinhaiCase.defaultSource(home)));
        // valid for one second (and the resource servers' minute of clock skew): expired by the access matrix's turn
        soonExpired = client.tokenFromClient("token-expiry-probe", LinhaiChain.OWNER);
        soonExpiredAt = System.nanoTime();
    }

    static String soonExpired;
    static long soonExpiredAt;

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void theGatewayWantsATokenExceptForPublicViewsAndDocs() throws Exception {
        assertThat(client.get("/api/projects", null).status()).isEqualTo(401);
        assertThat(client.get("/api/registry/accounts", null).status()).isEqualTo(401);
        String otherClients = client.tokenFromClient("admin-cli", LinhaiChain.OWNER);
        assertThat(client.get("/api/projects", otherClients).status())
                .as("a real token of the realm, but issued to another client (no platform audience)")
                .isEqualTo(401);
        assertThat(client.get("/api/projects/public", null).status()).isEqualTo(200);
        JsonNode catalogue = LinhaiChain.expect(200, client.get("/api/calculations/public/methodologies", null));
        assertThat(catalogue.findValuesAsText("key"))
                .contains("CM-010-V01", "CM-010-V01-AR5", "CAR-CN-AAPP-1.0-workgroup");
        assertThat(catalogue.get(0).get("validUntil").asText()).isEqualTo("2019-12-31");
        assertThat(client.get("/api/projects/api-docs", null).body().get("openapi"))
                .isNotNull();
        assertThat(client.get("/api/registry/api-docs", null)
                        .body()
                        .get("paths")
                        .has("/api/registry/accounts"))
                .isTrue();
    }

    @Test
    @Order(2)
    void anOwnerListsTheProjectAndTheRegistryAssignsAnIndependentVerifier() throws Exception {
        chain.submitAndListProject();
        chain.openReportingPeriod();
        JsonNode listing = client.get("/api/projects/public", null).body();
        assertThat(listing.get("items").findValuesAsText("id")).contains(chain.projectId);
        assertThat(listing.get("total").asLong())
                .as("every page tells the size of the whole list")
                .isPositive();

        MrvClient.Response conflict = chain.assignVerifier("linhai-chem");
        assertThat(conflict.status()).isEqualTo(422);
        assertThat(conflict.body().get("type").asText()).endsWith("/verifier-conflict-of-interest");
        assertThat(chain.assignVerifier(LinhaiChain.VERIFIER_ORGANISATION).status())
                .isEqualTo(204);
    }

    @Test
    @Order(3)
    void anotherOwnerOrganisationCannotSeeTheProjectNorUploadToIt() throws Exception {
        String other = chain.token("juhua-owner");
        assertThat(client.get("/api/projects/" + chain.projectId, other).status())
                .isEqualTo(404);
        MrvClient.Response upload = client.post(
                chain.readingsPath(),
                other,
                MrvClient.JSON.writeValueAsString(chain.linhai().readings()));
        assertThat(upload.status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void thePlantsMachineClientUploadsTheYearOnceEvenWhenItSendsItTwice() throws Exception {
        MrvClient.Response first = chain.uploadReadings("linhai-dcs");
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.body().get("rowCount").asInt()).isGreaterThan(150);
        MrvClient.Response again = chain.uploadReadings("linhai-dcs");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("alreadyRecorded").asBoolean()).isTrue();
        assertThat(again.body().get("batchId").asText())
                .isEqualTo(first.body().get("batchId").asText());

        JsonNode metadata = eventMetadata("org.carbonmrv.api.monitoring.ReadingBatchRecordedEvent");
        assertThat(metadata.get("clientId").asText()).isEqualTo("linhai-dcs");
        assertThat(metadata.get("organisation").asText()).isEqualTo("linhai-chem");
        assertThat(metadata.get("projectId").asText()).isEqualTo(chain.projectId);

        // the machine client uploads; what the plant's people decide is not its to do
        String dcs = chain.token("linhai-dcs");
        String project = "/api/monitoring/projects/" + chain.projectId;
        assertThat(client.post(
                                project + "/meters/FT-1/substitutions",
                                dcs,
                                Map.of(
                                        "substituteSerial",
                                        "FT-2",
                                        "from",
                                        "2019-03-01",
                                        "to",
                                        "2019-03-02",
                                        "reason",
                                        "x"))
                        .status())
                .isEqualTo(403);
        assertThat(client.post(project + "/monitoring-plan", dcs, chain.linhai().monitoringPlan())
                        .status())
                .isEqualTo(403);
        assertThat(client.post(
                                "/api/registry/accounts/holding:linhai-chem/name",
                                dcs,
                                Map.of("name", "renamed by a machine"))
                        .status())
                .isEqualTo(403);
        assertThat(client.post("/api/registry/accounts/holding:linhai-chem/closure", dcs, Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(client.get("/api/projects/" + chain.projectId, dcs).status()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void refusesABadUploadWholeNamingRowAndField() throws Exception {
        String bad = """
                {"readings": [
                  {"parameter": "q_HFC23_gen", "source": "tail-gas", "from": "2019-03-01", "to": "2019-03-31", "value": "12", "unit": "%"},
                  {"parameter": "Q_FF", "source": "lng", "from": "2020-01-01", "to": "2020-01-31", "value": "1", "unit": "t"}
                ]}""";
        MrvClient.Response refused = client.post(chain.readingsPath(), chain.token(LinhaiChain.OWNER), bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").findValuesAsText("field")).contains("rows[1].unit", "rows[2].from");

        String owner = chain.token(LinhaiChain.OWNER);
        String csv = "parameter,source,from,to,value,unit\nQ_FF,lng-extra,2019-03-01,2019-03-31,1.5,t\n";
        MrvClient.Response dryRun = client.postRaw(chain.readingsPath() + "?dryRun=true", owner, csv, "text/csv");
        assertThat(dryRun.status()).as(dryRun.text()).isEqualTo(200);
        assertThat(dryRun.body().get("rowCount").asInt()).isEqualTo(1);
        assertThat(dryRun.body().get("batchId").isNull()).isTrue();

        String twice = csv + "Q_FF,lng-extra,2019-03-01,2019-03-31,1.6,t\n";
        MrvClient.Response repeated = client.postRaw(chain.readingsPath(), owner, twice, "text/csv");
        assertThat(repeated.status()).isEqualTo(400);
        assertThat(repeated.body().get("errors").get(0).get("field").asText()).isEqualTo("rows[2].from");
        assertThat(repeated.body().get("errors").get(0).get("rule").asText()).contains("rows[1]");
        // half of February on top of the stored February row: summed, it would add 50 t of fuel and change ER
        MrvClient.Response onTopOfTheMonth = client.postRaw(
                chain.readingsPath(),
                owner,
                "parameter,source,from,to,value,unit\nQ_FF,lng,2019-02-01,2019-02-14,50,t\n",
                "text/csv");
        assertThat(onTopOfTheMonth.status()).as(onTopOfTheMonth.text()).isEqualTo(409);
        assertThat(onTopOfTheMonth.body().get("errors").get(0).get("rule").asText())
                .contains("stored reading", "/corrections");
        String alreadyRecorded = "parameter,source,from,to,value,unit\nQ_FF,lng,2019-03-01,2019-03-31,9.9,t\n";
        MrvClient.Response overlap = client.postRaw(chain.readingsPath(), owner, alreadyRecorded, "text/csv");
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.body().get("detail").asText()).contains("correction endpoint");
        assertThat(client.postRaw(chain.readingsPath(), owner, "parameter,source,from,to,value,unit\n", "text/csv")
                        .status())
                .isEqualTo(400);
        assertThat(client.get(
                                "/api/monitoring/projects/" + chain.projectId + "/reporting-periods/" + chain.periodId
                                        + "/readings?source=lng-extra",
                                owner)
                        .body()
                        .get("items"))
                .isEmpty();

        MrvClient.Response tooLarge =
                client.postRaw(chain.readingsPath(), owner, csv + "#".repeat(UPLOAD_LIMIT), "text/csv");
        assertThat(tooLarge.status()).isEqualTo(413);
        MrvClient.Response latin1 = client.postBytes(
                chain.readingsPath(),
                owner,
                "parameter,source,from,to,value,unit\nQ_FF,lng-é,2019-03-01,2019-03-31,1,t\n"
                        .getBytes(StandardCharsets.ISO_8859_1),
                "text/csv");
        assertThat(latin1.status()).isEqualTo(400);
        assertThat(latin1.body().get("type").asText()).endsWith("/wrong-encoding");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(xlsx, "DCS", "1.0");
        Worksheet sheet = workbook.newWorksheet("report");
        String[] header = {"parameter", "source", "from", "to", "value", "unit"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        sheet.value(1, 0, "Q_FF");
        sheet.value(1, 1, "lng-xlsx");
        sheet.value(1, 2, LocalDate.of(2019, 3, 1));
        sheet.style(1, 2).format("yyyy-mm-dd").set();
        sheet.value(1, 3, LocalDate.of(2019, 3, 31));
        sheet.style(1, 3).format("yyyy-mm-dd").set();
        sheet.value(1, 4, 1.25);
        sheet.value(1, 5, "t");
        workbook.finish();
        MrvClient.Response fromExcel = client.postBytes(
                chain.readingsPath() + "?dryRun=true",
                owner,
                xlsx.toByteArray(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(fromExcel.status()).as(fromExcel.text()).isEqualTo(200);
        assertThat(fromExcel.body().get("rowCount").asInt()).isEqualTo(1);

        // the operating log as kept in Excel: checked against the log, nothing stored
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Workbook logBook = new Workbook(log, "operating log", "1.0");
        Worksheet shifts = logBook.newWorksheet("2019");
        String[] columns = {"unitId", "from", "to", "productionStopped", "reference"};
        for (int c = 0; c < columns.length; c++) {
            shifts.value(0, c, columns[c]);
        }
        shifts.value(1, 0, "furnace-2");
        shifts.value(1, 1, LocalDateTime.of(2019, 11, 30, 8, 0));
        shifts.style(1, 1).format("yyyy-mm-dd hh:mm").set();
        shifts.value(1, 2, LocalDateTime.of(2019, 11, 30, 9, 0));
        shifts.style(1, 2).format("yyyy-mm-dd hh:mm").set();
        shifts.value(1, 3, "否");
        shifts.value(1, 4, "xlsx check");
        logBook.finish();
        String downtime = "/api/monitoring/projects/" + chain.projectId + "/downtime";
        String periodLog =
                "/api/monitoring/projects/" + chain.projectId + "/reporting-periods/" + chain.periodId + "/downtime";
        int logged = client.get(periodLog, owner).body().size();
        MrvClient.Response logChecked = client.postBytes(
                downtime + "?dryRun=true",
                owner,
                log.toByteArray(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(logChecked.status()).as(logChecked.text()).isEqualTo(200);
        assertThat(logChecked.body().get("rowCount").asInt()).isEqualTo(1);
        assertThat(logChecked.body().get("newEntries").asInt()).isEqualTo(1);
        MrvClient.Response notABook = client.postBytes(
                downtime,
                owner,
                "unitId,from,to,productionStopped\n".getBytes(StandardCharsets.UTF_8),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(notABook.status()).isEqualTo(400);
        assertThat(notABook.body().get("type").asText()).endsWith("/malformed-upload");
        assertThat(client.get(periodLog, owner).body()).hasSize(logged);
    }

    @Test
    @Order(6)
    void theChecksFindWhatTheVerifierFoundOnceThePlanAndTheOperatingLogAreIn() throws Exception {
        String owner = chain.token(LinhaiChain.OWNER);
        chain.recordPlanAndOperatingLog(LinhaiChain.OWNER);
        String project = "/api/monitoring/projects/" + chain.projectId;
        JsonNode meters = client.get(project + "/meters", owner).body();
        assertThat(meters).hasSize(18);
        int calibrations = 0;
        for (JsonNode meter : meters) {
            calibrations += meter.get("calibrations").size();
        }
        assertThat(calibrations).isEqualTo(34);

        assertThat(client.post(project + "/downtime", owner, chain.linhai().downtime())
                        .status())
                .isEqualTo(204);
        String period = project + "/reporting-periods/" + chain.periodId;
        assertThat(client.get(period + "/downtime", owner).body()).hasSize(66);
        JsonNode days = client.get(period + "/operating-days", owner).body();
        for (JsonNode unitMonth : days) {
            if (unitMonth.get("unitId").asText().equals("furnace-1")
                    && unitMonth.get("month").asText().equals("2019-08")) {
                assertThat(unitMonth.get("operatingDays").asInt()).isEqualTo(20);
            }
        }

        JsonNode checks = client.get(chain.checksPath(), owner).body();
        assertThat(checks.get("critical").asLong()).isZero();
        assertThat(checks.get("accepted").asLong()).isEqualTo(6);
        JsonNode august = null;
        int durationWarnings = 0;
        for (JsonNode finding : checks.get("findings")) {
            if (finding.get("check").asText().equals("operating-days-vs-log")) {
                august = finding;
            }
            if (finding.get("check").asText().equals("downtime-stated-duration")) {
                durationWarnings++;
            }
        }
        assertThat(durationWarnings).isEqualTo(6);
        assertThat(august).isNotNull();
        assertThat(august.get("subject").asText()).isEqualTo("furnace-1 2019-08");

        String acknowledgement = chain.checksPath() + "/" + august.get("id").asText() + "/acknowledgement";
        Map<String, String> comment =
                Map.of("comment", "21 days reported is conservative (more PE_ND); kept as the verifier did");
        assertThat(client.post(acknowledgement, owner, comment).status()).isEqualTo(204);
        assertThat(client.post(acknowledgement, owner, comment).status()).isEqualTo(409);
        JsonNode seenByVerifier = client.get(chain.checksPath(), chain.token(LinhaiChain.VERIFIER))
                .body();
        assertThat(seenByVerifier.get("acknowledged").asLong()).isEqualTo(1);
        assertThat(client.get(chain.checksPath(), chain.token("juhua-owner")).status())
                .isEqualTo(404);
    }

    @Test
    @Order(7)
    void aCorrectionIsANewRecordAndTheAggregatesFollowIt() throws Exception {
        String owner = chain.token(LinhaiChain.OWNER);
        String period = "/api/monitoring/projects/" + chain.projectId + "/reporting-periods/" + chain.periodId;
        JsonNode may = client.get(period + "/readings?parameter=Q_FF&month=2019-05", owner)
                .body()
                .get("items");
        assertThat(may).hasSize(1);
        long readingId = may.get(0).get("id").asLong();
        String original = may.get(0).get("value").asText();
        String correctionPath =
                "/api/monitoring/projects/" + chain.projectId + "/readings/" + readingId + "/corrections";

        MrvClient.Response corrected = client.post(
                correctionPath,
                owner,
                Map.of("value", "6000", "unit", "kg", "reason", "DCS total re-read", "evidence", "DCS report 2019-05"));
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(201);
        assertThat(client.get(period + "/readings?parameter=Q_FF&month=2019-05", owner)
                        .body()
                        .get("items")
                        .get(0)
                        .get("effectiveValue")
                        .asText())
                .isEqualTo("6");
        assertThat(lngInMay(client.get(period + "/aggregates", owner).body())).isEqualTo("6");
        assertThat(client.post(
                                correctionPath,
                                owner,
                                Map.of("value", "7", "unit", "t", "reason", "stale", "expectedCurrentValue", original))
                        .status())
                .isEqualTo(409);

        client.post(
                correctionPath,
                owner,
                Map.of("value", original, "unit", "t", "reason", "back to the DCS figure after review"));
        JsonNode history = client.get(
                        "/api/monitoring/projects/" + chain.projectId + "/readings/" + readingId + "/history",
                        chain.token(LinhaiChain.VERIFIER))
                .body();
        assertThat(history.get("upload").get("recordedBy").asText()).isEqualTo("service-account-linhai-dcs");
        assertThat(history.get("corrections")).hasSize(2);
        assertThat(history.get("corrections").get(0).get("correctedBy").asText())
                .isEqualTo(LinhaiChain.OWNER);
        assertThat(history.get("reading").get("effectiveValue").asText()).isEqualTo(original);
        JsonNode aggregates = client.get(period + "/aggregates", owner).body();
        assertThat(lngInMay(aggregates)).isEqualTo(original);
        for (JsonNode a : aggregates) {
            if (a.get("parameter").asText().equals("p_HFC23_gen")
                    && "2019-02".equals(a.path("month").asText())) {
                assertThat(a.get("count").asInt()).isEqualTo(2);
                assertThat(a.get("expected").asInt()).isEqualTo(4);
                assertThat(a.get("completeness").asText()).isEqualTo("0.5000");
            }
        }
    }

    private static String lngInMay(JsonNode aggregates) {
        for (JsonNode a : aggregates) {
            if (a.get("parameter").asText().equals("Q_FF")
                    && "2019-05".equals(a.path("month").asText())) {
                return a.get("sum").asText();
            }
        }
        return null;
    }

    @Test
    @Order(8)
    void theOwnerCalculatesVersionOneWithTheLngFactorAsFirstReported() throws Exception {
        JsonNode calculated = chain.calculate();
        JsonNode results = calculated.get("results");
        assertThat(results.get("BE_y").asText()).isEqualTo("4000366");
        assertThat(results.get("PE_CO2_FF_y").asText()).isEqualTo("186.77");
        assertThat(results.get("PE_y").asText()).isEqualTo("818");
        assertThat(results.get("ER_y").asText()).isEqualTo("3999548");
        assertThat(results.get("Q_HFC23_dec_inlet_y").asText()).isEqualTo("470.42268");

        JsonNode version = client.get(
                        "/api/calculations/reports/" + chain.reportId + "/versions/" + chain.version,
                        chain.token(LinhaiChain.OWNER))
                .body();
        assertThat(version.get("datasetDigest").asText())
                .isEqualTo(calculated.get("datasetDigest").asText());
        assertThat(version.get("dataset").get("monthly")).hasSize(12);
        assertThat(version.get("trace").findValuesAsText("symbol")).contains("BE_dec_y", "PE_y", "ER_y");
    }

    @Test
    @Order(9)
    void onlyTheAssignedVerifierApprovesAndOnlyOnce() throws Exception {
        String owner = chain.token(LinhaiChain.OWNER);
        String project = "/api/monitoring/projects/" + chain.projectId;
        ObjectNode plan = chain.linhai().monitoringPlan().put("effectiveFrom", "2019-02-01");
        ((ArrayNode) plan.get("meters"))
                .addObject()
                .put("serial", "FT-NEW-1")
                .put("type", "mass flow meter")
                .put("measures", "q_HFC23,inlet,y")
                .put("accuracy", "±0.35%")
                .putArray("serves")
                .add("furnace-1");
        assertThat(LinhaiChain.expect(201, client.post(project + "/monitoring-plan", owner, plan))
                        .get("version")
                        .asInt())
                .isEqualTo(2);
        LinhaiChain.expect(
                201,
                client.post(
                        project + "/meters/FT-NEW-1/calibrations",
                        owner,
                        Map.of(
                                "performedOn",
                                "2018-02-01",
                                "validUntil",
                                "2019-01-31",
                                "certificate",
                                "ZJ-2018-0201")));
        MrvClient.Response refused = client.post(
                "/api/calculations/reports/" + chain.reportId + "/submission", owner, Map.of("version", chain.version));
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.body().get("type").asText()).endsWith("/critical-qa-findings");
        assertThat(refused.body().get("errors").get(0).get("value").asText()).startsWith("FT-NEW-1 2019-02-01..");
        // the owner and the period's verifier hear of the critical finding without asking: an event in their feeds
        for (String reader : List.of(owner, chain.token(LinhaiChain.VERIFIER))) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() ->
                            feed(reader, 0, 1000).stream().anyMatch(e -> isCriticalLapseOfTheNewMeter(e, "Raised")));
        }

        LinhaiChain.expect(
                201,
                client.post(
                        project + "/meters/FT-NEW-1/calibrations",
                        owner,
                        Map.of(
                                "performedOn",
                                "2019-01-31",
                                "validUntil",
                                "2020-01-30",
                                "certificate",
                                "ZJ-2019-0131")));
        chain.submitForVerification();
        assertThat(chain.approveAs("ceprei-verifier").status()).isEqualTo(403);

        // the verifier's non-conformity on the LNG factor, as in the verification report
        chain.raiseLngNonConformity();
        MrvClient.Response blocked = chain.approveAs(LinhaiChain.VERIFIER);
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.body().get("type").asText()).endsWith("/non-conformities-open");

        JsonNode version2 = chain.correctLngFactorAndRecalculate(Duration.ofSeconds(30));
        assertThat(chain.version).isEqualTo(2);
        assertThat(version2.get("results").get("ER_y").asText()).isEqualTo("3999500");
        assertThat(version2.get("results").get("PE_y").asText()).isEqualTo("866");
        JsonNode report = chain.report();
        assertThat(report.get("stale").asBoolean()).isFalse();
        JsonNode changes = report.get("versions").get(1).get("changes");
        assertThat(changes.get("PE_CO2_FF_y").get("previous").asText()).isEqualTo("186.77");
        assertThat(changes.get("PE_CO2_FF_y").get("current").asText()).isEqualTo("234.38");
        assertThat(changes.get("ER_y").get("previous").asText()).isEqualTo("3999548");
        assertThat(changes.has("BE_y")).isFalse();
        assertThat(report.get("findings").get(0).get("answer").asText()).contains("0.0704");

        chain.submitForVerification();
        chain.closeFinding();
        assertThat(chain.approveAs(LinhaiChain.VERIFIER).status()).isEqualTo(204);
        assertThat(chain.approveAs(LinhaiChain.VERIFIER).status()).isEqualTo(409);
        MrvClient.Response document = client.get(
                "/api/calculations/reports/" + chain.reportId + "/versions/2/document?lang=zh",
                chain.token(LinhaiChain.VERIFIER));
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.text())
                .contains("减排量计算报告", "BE_dec_y", "4000366", "3999500", "186.77 → 234.38", "Q_HFC23_gen")
                .contains("<td class=\"m\">2019-08</td>", "表 16", "<svg");
        MrvClient.Response pdf = client.get(
                "/api/calculations/reports/" + chain.reportId + "/versions/2/document?lang=zh&format=pdf",
                chain.token(LinhaiChain.VERIFIER));
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.text()).startsWith("%PDF-");
        assertThat(client.get(
                                "/api/calculations/reports/" + chain.reportId + "/versions/2/document?lang=fr",
                                chain.token(LinhaiChain.VERIFIER))
                        .status())
                .isEqualTo(400);
        JsonNode approved = chain.report();
        assertThat(approved.get("approvedVersion").asInt()).isEqualTo(2);
        assertThat(approved.get("decidedBy").asText()).isEqualTo(LinhaiChain.VERIFIER);
        assertThat(approved.get("findings").get(0).get("closedBy").asText()).isEqualTo(LinhaiChain.VERIFIER);
        String requantify = "/api/calculations/reports/" + chain.reportId + "/versions/2/requantification?under=";
        JsonNode ar5 = LinhaiChain.expect(200, client.get(requantify + "V01-AR5", chain.token("auditor")));
        assertThat(ar5.get("restatedParameters").get("constants.GWP_HFC23").asText())
                .isEqualTo("12400");
        assertThat(ar5.get("figures").findValues("symbol").stream()
                        .map(JsonNode::asText)
                        .toList())
                .contains("ER_y");
        JsonNode er = StreamSupport.stream(ar5.get("figures").spliterator(), false)
                .filter(f -> f.get("symbol").asText().equals("ER_y"))
                .findFirst()
                .orElseThrow();
        assertThat(er.get("pinned").asText() + " → " + er.get("requantified").asText() + " ("
                        + er.get("difference").asText() + ")")
                .isEqualTo("3999500 → 4238818 (239318)");
        MrvClient.Response otherMethodology = client.get(requantify + "1.0-workgroup", chain.token(LinhaiChain.OWNER));
        assertThat(otherMethodology.status()).isEqualTo(422);
        assertThat(otherMethodology.body().get("errors").get(0).get("field").asText())
                .isEqualTo("under");
        assertThat(client.get(requantify + "V01-AR5", chain.token("juhua-owner"))
                        .status())
                .isEqualTo(404);
        JsonNode metadata = eventMetadata("org.carbonmrv.api.calculation.ReductionReportApprovedEvent");
        assertThat(metadata.get("actor").asText()).isEqualTo(LinhaiChain.VERIFIER);
        assertThat(metadata.get("organisation").asText()).isEqualTo("cqc");
    }

    @Test
    @Order(10)
    void theRegistryIssuesOneSerialBlockOfTheVerifiedReductions() throws Exception {
        assertThat(client.get("/api/registry/accounts", chain.token(LinhaiChain.OWNER))
                        .body()
                        .get("items"))
                .as("nothing issued before approval")
                .isEmpty();
        chain.approveIssuance(Duration.ofSeconds(90));
        JsonNode requests = client.get("/api/registry/issuance-requests", chain.token(LinhaiChain.OWNER))
                .body()
                .get("items");
        assertThat(requests).hasSize(1);
        assertThat(client.post(
                                "/api/registry/issuance-requests/"
                                        + requests.get(0).get("id").asText() + "/approval",
                                chain.token(LinhaiChain.OWNER),
                                "{}")
                        .status())
                .isEqualTo(403);
        JsonNode account = chain.awaitIssuedAccount(Duration.ofSeconds(90));
        assertThat(account.get("balance").asLong()).isEqualTo(3_999_500L);
        await("its first approved report registers the project")
                .atMost(Duration.ofSeconds(30))
                .until(() -> LinhaiChain.expect(
                                200, client.get("/api/projects/" + chain.projectId, chain.token(LinhaiChain.OWNER)))
                        .get("status")
                        .asText()
                        .equals("REGISTERED"));
        JsonNode registration = null;
        for (JsonNode entry : LinhaiChain.expect(
                        200,
                        client.get("/api/projects/" + chain.projectId + "/history", chain.token(LinhaiChain.REGISTRY)))
                .get("items")) {
            if (entry.get("event").asText().equals("ProjectRegistered")) {
                registration = entry;
            }
        }
        assertThat(registration)
                .as("the project's history shows its registration")
                .isNotNull();
        // the approval caused it: the history names the verifier who approved, for its organisation
        assertThat(registration.get("actor").asText()).isEqualTo(LinhaiChain.VERIFIER);
        assertThat(registration.get("organisation").asText()).isEqualTo("cqc");
        assertThat(account.get("blocks")).hasSize(1);
        JsonNode block = account.get("blocks").get(0);
        assertThat(block.get("vintage").asInt()).isEqualTo(2019);
        assertThat(block.get("serialStart").asLong()).isEqualTo(1L);
        assertThat(block.get("serialEnd").asLong()).isEqualTo(3_999_500L);
        assertThat(block.get("serials").asText()).isEqualTo("CMRV-VCU-CN-1-HFC23-LINHAICHEM-ZJ-2019-1-1 to 3999500");
        assertThat(block.get("reportVersion").asInt()).isEqualTo(2);

        JsonNode publicIssuances =
                client.get("/api/registry/public/issuances", null).body().get("items");
        assertThat(publicIssuances.findValuesAsText("reportId")).containsExactly(chain.reportId);
        assertThat(count(
                        "SELECT count(*) FROM eventstore.domain_event_entry WHERE payload_type = ?",
                        "org.carbonmrv.api.registry.CreditsIssuedEvent"))
                .isEqualTo(1);
        assertThat(client.get("/api/registry/accounts", chain.token("juhua-owner"))
                        .body()
                        .get("items"))
                .isEmpty();

        String owner = chain.token(LinhaiChain.OWNER);
        assertThat(client.post(
                                "/api/registry/transfers",
                                owner,
                                Map.of(
                                        "fromAccount",
                                        "holding:linhai-chem",
                                        "toAccount",
                                        "holding:juhua-chem",
                                        "quantity",
                                        1000))
                        .status())
                .as("a buyer without an account receives nothing: no account is made up for it")
                .isEqualTo(422);
        MrvClient.Response opened =
                client.post("/api/registry/accounts", chain.token("juhua-owner"), Map.of("name", "juhua main"));
        assertThat(opened.body().get("id").asText())
                .as("an organisation's first account is its default one")
                .isEqualTo("holding:juhua-chem");
        MrvClient.Response transfer = client.post(
                "/api/registry/transfers",
                owner,
                Map.of("fromAccount", "holding:linhai-chem", "toAccount", "holding:juhua-chem", "quantity", 1000));
        assertThat(transfer.status()).as(transfer.text()).isEqualTo(201);
        assertThat(client.post(
                                "/api/registry/transfers",
                                owner,
                                Map.of(
                                        "fromAccount",
                                        "holding:linhai-chem",
                                        "toAccount",
                                        "holding:juhua-chem",
                                        "quantity",
                                        5_000_000))
                        .status())
                .isEqualTo(422);
        assertThat(client.post(
                                "/api/registry/transfers",
                                chain.token("juhua-owner"),
                                Map.of(
                                        "fromAccount",
                                        "holding:linhai-chem",
                                        "toAccount",
                                        "holding:juhua-chem",
                                        "quantity",
                                        1))
                        .status())
                .isEqualTo(403);

        JsonNode juhua = client.get("/api/registry/accounts", chain.token("juhua-owner"))
                .body()
                .get("items")
                .get(0);
        assertThat(juhua.get("balance").asLong()).isEqualTo(1000);
        assertThat(juhua.get("blocks").get(0).get("serialStart").asLong()).isEqualTo(3_998_501L);
        MrvClient.Response retirement = client.post(
                "/api/registry/retirements",
                chain.token("juhua-owner"),
                Map.of(
                        "account",
                        "holding:juhua-chem",
                        "serialStart",
                        3_999_001L,
                        "serialEnd",
                        3_999_500L,
                        "beneficiary",
                        "Juhua Group 2019 scope 1",
                        "purpose",
                        "voluntary",
                        "jurisdiction",
                        "CN"));
        assertThat(retirement.status()).as(retirement.text()).isEqualTo(201);
        JsonNode certificate = client.get(
                        "/api/registry/public/retirements/"
                                + retirement.body().get("id").asText(),
                        null)
                .body();
        assertThat(certificate.get("quantity").asLong()).isEqualTo(500);
        assertThat(certificate.get("serials").get(0).asText()).isEqualTo("3999001..3999500");
        assertThat(client.post(
                                "/api/registry/transfers",
                                chain.token("juhua-owner"),
                                Map.of(
                                        "fromAccount",
                                        "holding:juhua-chem",
                                        "toAccount",
                                        "holding:linhai-chem",
                                        "serialStart",
                                        3_999_400L,
                                        "serialEnd",
                                        3_999_401L))
                        .status())
                .isEqualTo(422);

        MrvClient.Response cancelled = client.post(
                "/api/registry/cancellations",
                chain.token(LinhaiChain.REGISTRY),
                Map.of(
                        "account",
                        "holding:linhai-chem",
                        "serialStart",
                        1L,
                        "serialEnd",
                        100L,
                        "kind",
                        "administrative",
                        "reason",
                        "issued in error (test)"));
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(201);
        assertThat(client.post(
                                "/api/registry/cancellations",
                                owner,
                                Map.of(
                                        "account",
                                        "holding:linhai-chem",
                                        "quantity",
                                        1,
                                        "kind",
                                        "administrative",
                                        "reason",
                                        "x"))
                        .status())
                .isEqualTo(403);
        JsonNode serial =
                client.get("/api/registry/public/serials/3999100", null).body();
        assertThat(serial.get("state").asText()).isEqualTo("RETIRED");
        assertThat(serial.get("retirementId").asText())
                .isEqualTo(retirement.body().get("id").asText());
        assertThat(client.get("/api/registry/public/serials/50", null)
                        .body()
                        .get("state")
                        .asText())
                .isEqualTo("CANCELLED");
        assertThat(client.get("/api/registry/public/serials/9999999", null).status())
                .isEqualTo(404);
        MrvClient.Response csv = client.get("/api/registry/public/retirements?format=csv", null);
        assertThat(csv.text())
                .startsWith("id,accountId,quantity,serials,beneficiary")
                .contains("Juhua Group 2019 scope 1");

        JsonNode linhai =
                client.get("/api/registry/accounts", owner).body().get("items").get(0);
        assertThat(linhai.get("balance").asLong()).isEqualTo(3_998_400L);

        String juhuaOwner = chain.token("juhua-owner");
        String pool = LinhaiChain.expect(
                        201, client.post("/api/registry/accounts", juhuaOwner, Map.of("name", "Juhua offset pool")))
                .get("id")
                .asText();
        assertThat(client.post(
                                "/api/registry/transfers",
                                juhuaOwner,
                                Map.of("fromAccount", "holding:juhua-chem", "toAccount", pool, "quantity", 100))
                        .status())
                .isEqualTo(201);
        assertThat(client.post("/api/registry/accounts/" + pool + "/closure", juhuaOwner, "{}")
                        .status())
                .isEqualTo(409);
        LinhaiChain.expect(
                204,
                client.post(
                        "/api/registry/accounts/holding:juhua-chem/suspension",
                        chain.token(LinhaiChain.REGISTRY),
                        Map.of("reason", "inquiry into the offset claim")));
        assertThat(client.post(
                                "/api/registry/transfers",
                                juhuaOwner,
                                Map.of("fromAccount", "holding:juhua-chem", "toAccount", pool, "quantity", 1))
                        .status())
                .isEqualTo(422);
        assertThat(client.post(
                                "/api/registry/transfers",
                                owner,
                                Map.of(
                                        "fromAccount",
                                        "holding:linhai-chem",
                                        "toAccount",
                                        "holding:juhua-chem",
                                        "quantity",
                                        1))
                        .status())
                .as("a suspended account still receives")
                .isEqualTo(201);
        assertThat(client.post("/api/registry/accounts/holding:juhua-chem/suspension", juhuaOwner, "{}")
                        .status())
                .isEqualTo(403);
        JsonNode byVintage = client.get("/api/registry/public/projects/" + chain.projectId + "?vintage=2019", null)
                .body()
                .get(0);
        assertThat(byVintage.get("issued").asLong()).isEqualTo(3_999_500L);
        assertThat(byVintage.get("retired").asLong()).isEqualTo(500L);
        assertThat(byVintage.get("cancelled").asLong()).isEqualTo(100L);
        assertThat(byVintage.get("live").asLong()).isEqualTo(3_998_900L);
        assertThat(client.get("/api/registry/public/projects/" + chain.projectId + "?format=csv", null)
                        .text())
                .startsWith("projectId,vintage,issued,live,retired,cancelled,issuances");
        JsonNode publicIssuance = client.get("/api/registry/public/issuances", null)
                .body()
                .get("items")
                .get(0);
        assertThat(publicIssuance.get("quantity").asLong()).isEqualTo(3_999_500L);
    }

    @Test
    @Order(11)
    void theChecksFindGapsValuesDuringShutdownsAndImplausibleValuesOnAnotherOwnersProject() throws Exception {
        String owner = chain.token("juhua-owner");
        JsonNode submission = chain.linhai().projectSubmission().put("name", "Juhua HFC-23 destruction");
        String projectId = LinhaiChain.expect(201, client.post("/api/projects", owner, submission))
                .get("id")
                .asText();
        LinhaiChain.expect(
                204, client.post("/api/projects/" + projectId + "/listing", chain.token(LinhaiChain.REGISTRY), "{}"));
        MrvClient.Response opened = client.post(
                "/api/projects/" + projectId + "/reporting-periods",
                owner,
                Map.of("start", "2019-01-01", "end", "2019-12-31"));
        String periodId = LinhaiChain.expect(201, opened).get("id").asText();
        assertThat(LinhaiChain.expect(200, client.get(opened.header("Location"), owner))
                        .get("start")
                        .asText())
                .as("the Location of what was made answers")
                .isEqualTo("2019-01-01");
        String project = "/api/monitoring/projects/" + projectId;
        LinhaiChain.expect(
                201,
                client.post(project + "/monitoring-plan", owner, chain.linhai().monitoringPlan()));
        LinhaiChain.expect(
                204,
                client.postRaw(
                        project + "/downtime",
                        owner,
                        "unitId,from,to,productionStopped,statedDurationMinutes,reference,kind\n"
                                + "furnace-1,2019-03-04T00:00,2019-03-11T00:00,否,10080,log p.3,shutdown\n"
                                + "furnace-1,2019-03-20T08:00,2019-03-20T09:30,no,90,log p.4,bypass\n",
                        "text/csv"));
        assertThat(client.postRaw(
                                project + "/downtime",
                                owner,
                                "unitId,from,to,productionStopped\n"
                                        + "furnace-1,2019-03-10T00:00,2019-03-12T00:00,no\n",
                                "text/csv")
                        .status())
                .isEqualTo(422);
        assertThat(client.postRaw(
                                project + "/downtime",
                                owner,
                                "unitId,from,to,productionStopped\n" + "furnace-1,10 March,2019-03-12T00:00,no\n",
                                "text/csv")
                        .status())
                .isEqualTo(400);
        String csv = "parameter,source,from,to,value,unit\n"
                + "Q_FF,lng,2019-01-01,2019-01-31,4.1,t\n"
                + "Q_FF,lng,2019-03-01,2019-03-31,4.3,t\n"
                + "q_HFC23_inlet,furnace-1,2019-03-05T10:00,2019-03-05T10:01,0.0011,t\n"
                + "q_HFC23_inlet,furnace-1,2019-03-05T10:01,2019-03-05T10:02,0.0012,t\n"
                + "q_HFC23_inlet,furnace-1,2019-03-12T10:00,2019-03-12T10:01,0.0013,t\n"
                + "p_HFC23_gen,tail-gas-gc,2019-03-01,2019-03-07,9.86,%\n"
                + "q_HFC23_inlet,8A0CA102000,2019-03-01,2019-03-31,10.0,t\n"
                + "q_HFC23_inlet,8A0CA002000,2019-03-01,2019-03-31,10.2,t\n";
        MrvClient.Response uploaded =
                client.postRaw(project + "/reporting-periods/" + periodId + "/reading-batches", owner, csv, "text/csv");
        String batchId = LinhaiChain.expect(201, uploaded).get("batchId").asText();
        JsonNode batch = LinhaiChain.expect(200, client.get(uploaded.header("Location"), owner));
        assertThat(batch.get("id").asText()).isEqualTo(batchId);
        assertThat(batch.get("rowCount").asLong()).isEqualTo(8);
        assertThat(client.get(uploaded.header("Location"), chain.token(LinhaiChain.OWNER))
                        .status())
                .isEqualTo(404);

        JsonNode findings = LinhaiChain.expect(
                        200, client.get(project + "/reporting-periods/" + periodId + "/checks", owner))
                .get("findings");
        List<String> found = new ArrayList<>();
        findings.forEach(
                f -> found.add(f.get("check").asText() + ": " + f.get("subject").asText()));
        assertThat(found)
                .contains(
                        "gap-in-series: Q_FF lng 2019-02",
                        "values-while-unit-down: q_HFC23_inlet furnace-1",
                        "value-out-of-plausible-range: p_HFC23_gen tail-gas-gc",
                        "redundant-meters-disagree: inlet-furnace-1 2019-03",
                        "bypass-or-venting: bypass furnace-1 2019-03-20T08:00")
                .doesNotContain("gap-in-series: Q_FF lng 2019-01", "gap-in-series: Q_FF lng 2019-03");
        for (JsonNode f : findings) {
            if (f.get("check").asText().equals("values-while-unit-down")) {
                assertThat(f.get("data").get("count").asText()).isEqualTo("2");
            }
        }
        assertThat(client.get(project + "/reporting-periods/" + periodId + "/checks", chain.token(LinhaiChain.OWNER))
                        .status())
                .isEqualTo(404);

        MrvClient.Response incomplete = client.post(
                "/api/calculations/reports", owner, Map.of("projectId", projectId, "reportingPeriodId", periodId));
        assertThat(incomplete.status()).as(incomplete.text()).isEqualTo(422);
        assertThat(incomplete.body().get("type").asText()).endsWith("/dataset-incomplete");
        assertThat(incomplete.body().get("errors").get(0).get("field").asText()).isNotBlank();
        assertThat(client.post(
                                "/api/calculations/reports",
                                chain.token(LinhaiChain.OWNER),
                                Map.of("projectId", projectId, "reportingPeriodId", periodId))
                        .status())
                .isEqualTo(404);

        MrvClient.Response range = client.post(
                project + "/reporting-periods/" + periodId + "/range-corrections",
                owner,
                Map.of(
                        "parameter",
                        "q_HFC23_inlet",
                        "source",
                        "furnace-1",
                        "from",
                        "2019-03-05T00:00",
                        "to",
                        "2019-03-06T00:00",
                        "value",
                        "0",
                        "unit",
                        "t",
                        "reason",
                        "furnace down: the flow meter showed noise",
                        "evidence",
                        "DCS trend 2019-03-05"));
        assertThat(range.status()).as(range.text()).isEqualTo(200);
        assertThat(range.body().get("corrected").asInt()).isEqualTo(2);
        JsonNode after = client.get(project + "/reporting-periods/" + periodId + "/checks", owner)
                .body()
                .get("findings");
        List<String> checks = new ArrayList<>();
        after.forEach(f -> checks.add(f.get("check").asText()));
        assertThat(checks).doesNotContain("values-while-unit-down");
        assertThat(client.post(
                                project + "/reporting-periods/" + periodId + "/range-corrections",
                                owner,
                                Map.of(
                                        "parameter",
                                        "q_HFC23_inlet",
                                        "source",
                                        "furnace-1",
                                        "from",
                                        "2019-03-05",
                                        "to",
                                        "2019-03-05",
                                        "value",
                                        "2",
                                        "unit",
                                        "Nm3",
                                        "reason",
                                        "wrong unit"))
                        .status())
                .isEqualTo(400);
    }

    private static JsonNode eventMetadata(String payloadType) throws Exception {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
                PreparedStatement s = c.prepareStatement(
                        "SELECT convert_from(meta_data, 'UTF8') FROM eventstore.domain_event_entry WHERE payload_type = ? "
                                + "ORDER BY global_index DESC LIMIT 1")) {
            s.setString(1, payloadType);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("an event " + payloadType).isTrue();
                return MrvClient.JSON.readTree(rs.getString(1));
            }
        }
    }

    private static long count(String sql, String parameter) throws Exception {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    @Order(12)
    void anAdipicAcidProjectIsCalculatedFromItsHourlyCemsReadings() throws Exception {
        String owner = chain.token("juhua-owner");
        var adipic = new AdipicAcidCase();
        String projectId = LinhaiChain.expect(
                        201,
                        client.post(
                                "/api/projects", owner, adipic.projectSubmission("Juhua adipic acid N2O abatement")))
                .get("id")
                .asText();
        LinhaiChain.expect(
                204, client.post("/api/projects/" + projectId + "/listing", chain.token(LinhaiChain.REGISTRY), "{}"));
        String april = LinhaiChain.expect(
                        201,
                        client.post(
                                "/api/projects/" + projectId + "/reporting-periods",
                                owner,
                                Map.of("start", "2024-04-01", "end", "2024-04-30")))
                .get("id")
                .asText();
        adipicProject = projectId;
        adipicApril = april;
        String readings = "/api/monitoring/projects/" + projectId + "/reporting-periods/" + april;
        var csv = new StringWriter();
        long rows = adipic.writeReadings(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), csv);
        MrvClient.Response twoHours = client.postRaw(
                readings + "/reading-batches",
                owner,
                "parameter,source,from,to,value,unit,quality\nC_N2O_out,N2O-abatement,2024-04-02T00:00,2024-04-02T02:00,500,mg/Nm3,N\n",
                "text/csv");
        assertThat(twoHours.status()).isEqualTo(422);
        assertThat(twoHours.body().get("errors").get(0).get("field").asText()).isEqualTo("rows[1].to");
        assertThat(LinhaiChain.expect(
                                201, client.postRaw(readings + "/reading-batches", owner, csv.toString(), "text/csv"))
                        .get("rowCount")
                        .asLong())
                .isEqualTo(rows);
        JsonNode hourly = LinhaiChain.expect(200, client.get(readings + "/hourly-values", owner));
        assertThat(hourly.get("from").asText()).isEqualTo("2024-04-01T00:00");
        assertThat(hourly.get("series").size()).isEqualTo(6);
        JsonNode incoming = StreamSupport.stream(hourly.get("series").spliterator(), false)
                .filter(series -> series.get("parameter").asText().equals("C_N2O_in"))
                .findFirst()
                .orElseThrow();
        assertThat(incoming.get("hours").size()).isEqualTo(720);
        assertThat(incoming.get("values").get(0).decimalValue()).isEqualByComparingTo("10000");

        MrvClient.Response calculation = client.post(
                "/api/calculations/reports", owner, Map.of("projectId", projectId, "reportingPeriodId", april));
        JsonNode calculated = LinhaiChain.expect(201, calculation);
        adipicReport = calculated.get("reportId").asText();
        assertThat(calculation.header("Server-Timing"))
                .as("where the calculation's time went, through the gateway")
                .contains(
                        "project-service;desc=\"/api/projects/{id}\";dur=",
                        "monitoring-service;desc=\"/api/monitoring/projects/{p}/reporting-periods/{r}/hourly-values\";dur=",
                        "monitoring-service;desc=\"/api/monitoring/projects/{p}/reporting-periods/{r}/aggregates\";dur=",
                        "dataset;desc=",
                        "command;desc=\"CalculateReductionsCommand\";dur=",
                        "total;dur=");
        assertThat(calculated.get("results").get("BE").asText()).isEqualTo("21456");
        assertThat(calculated.get("results").get("PE").asText()).isEqualTo("10895");
        assertThat(calculated.get("results").get("ER_y").asText()).isEqualTo("10561");
        String report =
                "/api/calculations/reports/" + calculated.get("reportId").asText() + "/versions/1";
        JsonNode dataset = LinhaiChain.expect(200, client.get(report, owner)).get("dataset");
        assertThat(dataset.get("hourly").size()).isEqualTo(720);
        assertThat(dataset.get("constants").get("bypass_substitute_cap").asText())
                .isEqualTo("0.25");
        JsonNode strict =
                LinhaiChain.expect(200, client.get(report + "/requantification?under=1.0-workgroup-cap10", owner));
        assertThat(strict.get("restatedParameters")
                        .get("constants.bypass_substitute_cap")
                        .asText())
                .isEqualTo("0.10");
        assertThat(client.get(report + "/document?format=pdf", owner).text()).startsWith("%PDF-");

        // a period before the workgroup's version applies (another project: periods are contiguous)
        String earlier = LinhaiChain.expect(
                        201, client.post("/api/projects", owner, adipic.projectSubmission("Juhua adipic acid line 2")))
                .get("id")
                .asText();
        LinhaiChain.expect(
                204, client.post("/api/projects/" + earlier + "/listing", chain.token(LinhaiChain.REGISTRY), "{}"));
        String early = LinhaiChain.expect(
                        201,
                        client.post(
                                "/api/projects/" + earlier + "/reporting-periods",
                                owner,
                                Map.of("start", "2023-01-01", "end", "2023-01-31")))
                .get("id")
                .asText();
        MrvClient.Response tooEarly = client.post(
                "/api/calculations/reports", owner, Map.of("projectId", earlier, "reportingPeriodId", early));
        assertThat(tooEarly.status()).as(tooEarly.text()).isEqualTo(422);
        assertThat(tooEarly.body().get("type").asText()).endsWith("/methodology-not-valid-for-period");
        assertThat(tooEarly.body().get("errors").get(0).get("field").asText()).isEqualTo("reportingPeriodId");
    }

    /** The adipic-acid project and its April period (calculated, not yet submitted), for the portal's turn. */
    static String adipicProject;

    static String adipicApril;

    /** The adipic-acid April's report (version 1), for the auditor's recomputation from hourly readings. */
    static String adipicReport;

    @Test
    @Order(13)
    void thePeopleOfTheChainUseThePortalInABrowser() throws Exception {
        String portal = platform.ports().gatewayUrl();
        try (Browser browser = new Browser()) {
            // signed out: the public registry shows the issuance and the retirement
            Page visitor = browser.person();
            visitor.navigate(portal + "/registry");
            assertThat(visitor.locator("[data-test=public-issuances]").innerText())
                    .contains("CMRV-VCU-CN-1-HFC23-LINHAICHEM-ZJ-2019");
            assertThat(visitor.locator("[data-test=public-retirements]").innerText())
                    .contains("Juhua Group 2019 scope 1", "500 tCO2e");
            Browser.screenshot(visitor, "portal-registry");
            visitor.locator("#serial").fill("3999001");
            visitor.locator("#serial").press("Enter");
            assertThat(visitor.locator("[data-test=serial-holding]").innerText())
                    .contains("Serial 3999001 is retired, from account holding:juhua-chem.");
            visitor.locator("#serial").fill("99999999");
            visitor.locator("#serial").press("Enter");
            assertThat(visitor.locator("[data-test=serial-holding]").innerText())
                    .isEqualTo("Serial 99999999 was never issued.");

            // the owner signs in at Keycloak's own login page and lands on what needs them
            Page owner = browser.person();
            Browser.signIn(owner, portal, LinhaiChain.OWNER);
            assertThat(owner.locator("[data-test=who]").innerText()).contains("linhai-chem", "project owner");
            assertThat(owner.locator("main").innerText())
                    .contains("What needs you now", "registered", "issued", "Accounts and balances");
            assertThat(owner.locator("[data-test=balance]").first().innerText())
                    .as("thousands separated, with the unit")
                    .matches("\\d{1,3}(,\\d{3})+ tCO2e");
            Browser.screenshot(owner, "portal-home");

            owner.locator("main a", new Page.LocatorOptions().setHasText("Linhai"))
                    .first()
                    .click();
            assertThat(owner.url()).endsWith("/projects/" + chain.projectId);
            assertThat(owner.locator("[data-test=status]").innerText()).isEqualTo("registered");
            assertThat(owner.locator("[data-test=history]").innerText())
                    .contains("submitted", "listed", "verifier assigned", "registered", "cqc-verifier (cqc)");
            Browser.screenshot(owner, "portal-project");

            // the report page: versions, the QA checks as they stand, the owner acknowledges a warning
            owner.locator("[data-test=report-link]").first().click();
            assertThat(owner.locator("[data-test=versions]").innerText()).contains("3,999,500 tCO2e");
            assertThat(owner.locator("[data-test=qa]").innerText()).contains("warning");
            owner.locator("[data-test=qa] input[name=comment]").first().fill("the spare meter was checked on site");
            owner.locator("[data-test=qa] button", new Page.LocatorOptions().setHasText("Acknowledge"))
                    .first()
                    .click();
            assertThat(owner.locator("[data-test=done]").innerText()).isEqualTo("The warning is acknowledged.");
            Browser.screenshot(owner, "portal-report");

            // the owner retires 1,000 credits: first more than the account holds (refused, nothing stored)
            owner.navigate(portal + "/");
            owner.locator("a", new Page.LocatorOptions().setHasText("Retire"))
                    .first()
                    .click();
            owner.locator("#quantity").fill("999999999");
            owner.locator("#beneficiary").fill("Linhai Chemicals 2019 own operations");
            owner.locator("main button[type=submit]").click();
            assertThat(owner.locator("[data-test=problem]").innerText()).startsWith("Refused:");
            assertThat(client.get("/api/registry/public/retirements", null)
                            .body()
                            .toString())
                    .doesNotContain("Linhai Chemicals 2019 own operations");
            owner.locator("#quantity").fill("1,000");
            owner.locator("#purpose").fill("voluntary");
            owner.locator("main button[type=submit]").click();
            owner.waitForURL("**/registry/retirements/**");
            assertThat(owner.locator("[data-test=certificate]").innerText())
                    .contains("1,000 tCO2e retired for Linhai Chemicals 2019 own operations");
            Browser.screenshot(owner, "portal-certificate");
            visitor.navigate(portal + "/registry");
            assertThat(visitor.locator("[data-test=public-retirements]").innerText())
                    .contains("Linhai Chemicals 2019 own operations", "1,000 tCO2e");

            // a transfer to an account that is no account is refused next to the field; then 100 credits to Juhua
            owner.navigate(portal + "/");
            owner.locator("a", new Page.LocatorOptions().setHasText("Transfer"))
                    .first()
                    .click();
            owner.locator("#toAccount").fill("Juhua Chemicals");
            owner.locator("#quantity").fill("100");
            owner.locator("main button[type=submit]").click();
            assertThat(owner.locator("#toAccount-rule").innerText()).isNotBlank();
            owner.locator("#toAccount").fill("holding:juhua-chem");
            owner.locator("main button[type=submit]").click();
            assertThat(owner.locator("[data-test=done]").innerText()).isEqualTo("The credits are transferred.");

            // a bad upload: its row-by-row report, and nothing stored; a good file checked first stores nothing either
            String readingsOfThePeriod = "/api/monitoring/projects/" + chain.projectId + "/reporting-periods/"
                    + chain.periodId + "/readings?size=1";
            long readingsBefore = LinhaiChain.expect(
                            200, client.get(readingsOfThePeriod, chain.token(LinhaiChain.OWNER)))
                    .get("total")
                    .asLong();
            Path bad = Files.createTempFile("dcs-export", ".csv");
            Files.writeString(
                    bad,
                    "parameter,source,from,to,value,unit\n"
                            + "Q_FF,lng,2019-03-01,2019-03-31,1.5,kg-per-what\n"
                            + "Q_FF,lng,2020-01-01,2020-01-31,1,t\n");
            owner.navigate(portal + "/projects/" + chain.projectId + "/periods/" + chain.periodId + "/upload");
            owner.locator("#file").setInputFiles(bad);
            owner.locator("#store").check();
            owner.locator("main button[type=submit]").click();
            assertThat(owner.locator("[data-test=upload-problem]").innerText())
                    .contains("was refused:", "nothing was stored", "rows[1].unit", "rows[2].from");
            Browser.screenshot(owner, "portal-upload-refused");
            Path good = Files.createTempFile("dcs-export", ".csv");
            Files.writeString(
                    good, "parameter,source,from,to,value,unit\nQ_FF,lng-spare,2019-03-01,2019-03-31,1.5,t\n");
            owner.locator("#file").setInputFiles(good);
            // the form stays as it was (htmx replaces only the report): checking, not storing, this time
            owner.locator("#store").uncheck();
            owner.locator("main button[type=submit]").click();
            assertThat(owner.locator("[data-test=upload-outcome]").innerText())
                    .contains("1 rows checked, nothing stored.");
            assertThat(LinhaiChain.expect(200, client.get(readingsOfThePeriod, chain.token(LinhaiChain.OWNER)))
                            .get("total")
                            .asLong())
                    .isEqualTo(readingsBefore);

            // the verification of the adipic-acid April report in the portal: the owner submits, the assigned
            // verifier raises a clarification and approves after confirming, the registry issues
            LinhaiChain.expect(
                    204,
                    client.post(
                            "/api/projects/" + adipicProject + "/reporting-periods/" + adipicApril + "/verifier",
                            chain.token(LinhaiChain.REGISTRY),
                            Map.of("verifierOrganisation", LinhaiChain.VERIFIER_ORGANISATION)));
            Page juhua = browser.person();
            Browser.signIn(juhua, portal, "juhua-owner");
            juhua.navigate(portal + "/projects/" + adipicProject);
            juhua.locator("[data-test=report-link]").first().click();
            String report = juhua.url();
            juhua.locator("button", new Page.LocatorOptions().setHasText("for verification"))
                    .click();
            assertThat(juhua.locator("[data-test=done]").innerText()).isEqualTo("Submitted for verification.");
            assertThat(juhua.locator("[data-test=report-status]").innerText()).isEqualTo("submitted for verification");

            Page verifier = browser.person();
            Browser.signIn(verifier, portal, LinhaiChain.VERIFIER);
            verifier.locator("[data-test=to-review] a", new Page.LocatorOptions().setHasText("Juhua adipic acid"))
                    .click();
            assertThat(verifier.url())
                    .as("the verifier's home leads to the report")
                    .isEqualTo(report);
            verifier.locator("#kind").selectOption("CLARIFICATION");
            verifier.locator("#subject").fill("N2O_gen");
            verifier.locator("#text").fill("Show the CEMS calibration of the inlet analyser for April");
            verifier.locator("button", new Page.LocatorOptions().setHasText("Raise finding"))
                    .click();
            assertThat(verifier.locator("[data-test=finding]").innerText())
                    .contains("clarification request", "N2O_gen", "Show the CEMS calibration");
            verifier.locator("button", new Page.LocatorOptions().setHasText("Approve version"))
                    .click();
            assertThat(verifier.locator("[data-test=problem]").innerText())
                    .isEqualTo("Confirm that you verified the version before approving it.");
            assertThat(verifier.locator("[data-test=report-status]").innerText())
                    .isEqualTo("submitted for verification");
            verifier.locator("#confirmed").check();
            verifier.locator("button", new Page.LocatorOptions().setHasText("Approve version"))
                    .click();
            assertThat(verifier.locator("[data-test=report-status]").innerText())
                    .isEqualTo("approved");
            verifier.waitForSelector(".monthly-chart svg");
            assertThat(verifier.locator(".monthly-chart svg").count())
                    .as("the period's monthly data drawn by ECharts")
                    .isPositive();
            Browser.screenshot(verifier, "portal-report-approved");
            Page other = browser.person();
            Browser.signIn(other, portal, "ceprei-verifier");
            assertThat(other.navigate(report).status())
                    .as("an unassigned verifier")
                    .isEqualTo(404);

            Page registry = browser.person();
            Browser.signIn(registry, portal, LinhaiChain.REGISTRY);
            await("the approval's issuance request reaches the registry")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> {
                        registry.navigate(portal + "/");
                        return registry.locator("button", new Page.LocatorOptions().setHasText("Approve and issue"))
                                        .count()
                                > 0;
                    });
            registry.locator("button", new Page.LocatorOptions().setHasText("Approve and issue"))
                    .first()
                    .click();
            assertThat(registry.locator("main").innerText()).contains("The credits are issued.");
            // Juhua's account was suspended by the API earlier in the chain: reinstated, then suspended again
            registry.navigate(portal + "/accounts/holding:juhua-chem/administration");
            assertThat(registry.locator("[data-test=account-status]").innerText())
                    .isEqualTo("suspended");
            registry.locator("#status-reason").fill("inquiry closed");
            registry.locator("button", new Page.LocatorOptions().setHasText("Reinstate the account"))
                    .click();
            assertThat(registry.locator("[data-test=account-status]").innerText())
                    .isEqualTo("open");
            registry.locator("#status-reason").fill("inquiry reopened");
            registry.locator("button", new Page.LocatorOptions().setHasText("Suspend the account"))
                    .click();
            assertThat(registry.locator("[data-test=account-status]").innerText())
                    .isEqualTo("suspended");
            registry.locator("#cancel-quantity").fill("1");
            registry.locator("#cancel-reason").fill("double counting found in an audit");
            registry.locator("button", new Page.LocatorOptions().setHasText("Cancel the credits"))
                    .click();
            assertThat(registry.locator("[data-test=done]").innerText()).isEqualTo("The credits are cancelled.");

            // the owner submits a project in the portal (a wrong one first: the refusal names the fields, nothing is
            // stored), the registry lists it from its home, the owner opens its first period, and a verifier of the
            // owner's own organisation is refused in words
            juhua.navigate(portal + "/projects/new");
            juhua.locator("#name").fill("Juhua HFC-23 line 3");
            juhua.locator("#creditingPeriodStart").fill("2020-01-01");
            juhua.locator("#creditingPeriodEnd").fill("2019-01-01");
            juhua.locator("#subdivision").fill("CN-ZJ");
            juhua.locator("#line-0").fill("L3");
            juhua.locator("#capacity-0").fill("5,000");
            juhua.locator("main button[type=submit]").click();
            assertThat(juhua.locator("[data-test=problem]").innerText()).contains("destructionUnits");
            juhua.locator("#creditingPeriodStart").fill("2019-01-01");
            juhua.locator("#creditingPeriodEnd").fill("2025-12-31");
            juhua.locator("#unit-0").fill("furnace-3");
            juhua.locator("#label-0").fill("3#炉");
            juhua.locator("main button[type=submit]").click();
            juhua.waitForURL("**/projects/*-*");
            String submitted = juhua.url().substring(juhua.url().lastIndexOf('/') + 1);
            assertThat(juhua.locator("[data-test=status]").innerText()).isEqualTo("submitted");
            assertThat(juhua.locator("main").innerText()).contains("line L3 (5,000 t/a)", "destruction unit furnace-3");

            registry.navigate(portal + "/");
            registry.locator("[data-test=to-list]", new Page.LocatorOptions().setHasText("Juhua HFC-23 line 3"))
                    .locator("button", new Locator.LocatorOptions().setHasText("List"))
                    .click();
            assertThat(registry.locator("[data-test=done]").innerText()).isEqualTo("The project is listed.");

            juhua.navigate(portal + "/projects/" + submitted);
            juhua.locator("#period-start").fill("2019-01-01");
            juhua.locator("#period-end").fill("2019-12-31");
            juhua.locator("button", new Page.LocatorOptions().setHasText("Open the next reporting period"))
                    .click();
            assertThat(juhua.locator("[data-test=done]").innerText()).isEqualTo("The reporting period is open.");
            String line3Period = LinhaiChain.expect(
                            200, client.get("/api/projects/" + submitted, chain.token("juhua-owner")))
                    .get("reportingPeriods")
                    .get(0)
                    .get("id")
                    .asText();
            registry.navigate(portal + "/projects/" + submitted);
            registry.locator("#verifier-" + line3Period).fill("juhua-chem");
            registry.locator("#verifier-" + line3Period).press("Enter");
            assertThat(registry.locator("[data-test=problem]").innerText())
                    .isEqualTo("Refused: the owner's own organisation cannot verify its project: that is a conflict of"
                            + " interest.");
            registry.locator("#verifier-" + line3Period).fill("cqc");
            registry.locator("#verifier-" + line3Period).press("Enter");
            assertThat(registry.locator("[data-test=done]").innerText()).isEqualTo("The verifier is assigned.");

            // the auditor reads everything its role may see, and is offered nothing to change; on a tablet
            Page auditor = browser.onATablet();
            Browser.signIn(auditor, portal, "auditor");
            auditor.navigate(portal + "/projects/" + chain.projectId);
            assertThat(auditor.locator("[data-test=history]").innerText())
                    .contains("registered", "cqc-verifier (cqc)", "verifier", "registry administrator");
            assertThat(auditor.locator("main form").count())
                    .as("no action for an auditor")
                    .isZero();
            assertThat((Boolean) auditor.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than a tablet")
                    .isTrue();
            Browser.screenshot(auditor, "portal-project-tablet");

            // in Chinese, chosen once and remembered: no English words from the bundles on the page
            owner.locator("a[lang=zh]").click();
            owner.navigate(portal + "/");
            String chinese = owner.locator("body").innerText();
            assertThat(chinese).contains("待办事项", "项目", "账户与余额", "已注册");
            assertThat(chinese)
                    .doesNotContain("What needs you now", "Accounts and balances", "Issuance requests", "Sign out");
            Browser.screenshot(owner, "portal-home-zh");
            owner.navigate(portal + "/projects/" + chain.projectId);
            assertThat(owner.locator("[data-test=history]").innerText()).contains("注册", "提交项目");
            assertThat(owner.locator("[data-test=history-summary]").allInnerTexts())
                    .as("each event's particulars worded in Chinese too")
                    .anySatisfy(summary ->
                            assertThat(summary).startsWith("提交“Linhai").contains("计入期 2019-01-01 至"))
                    .anySatisfy(summary -> assertThat(summary).isEqualTo("指定 cqc 核证监测期 2019-01-01 – 2019-12-31"))
                    .anySatisfy(summary -> assertThat(summary).isEqualTo("开设监测期 2019-01-01 – 2019-12-31"))
                    .allSatisfy(summary -> assertThat(summary)
                            .doesNotContain("submitted", "assigned to verify", "reporting period", "registered:"));
            Browser.screenshot(owner, "portal-project-zh");
            owner.locator("a[lang=en]").click();

            // signing out ends the Keycloak session too: signing in again asks for the password
            owner.locator("button", new Page.LocatorOptions().setHasText("Sign out"))
                    .click();
            owner.waitForURL(portal + "/");
            owner.locator("a", new Page.LocatorOptions().setHasText("Sign in"))
                    .first()
                    .click();
            owner.waitForSelector("#username");
            assertThat(owner.url()).contains("/realms/carbon-mrv/protocol/openid-connect/auth");

            // another organisation sees none of Linhai's data, and a Linhai address typed by hand is not found
            juhua.navigate(portal + "/");
            assertThat(juhua.locator("main").innerText()).doesNotContain("Linhai");
            var typed = juhua.navigate(portal + "/projects/" + chain.projectId);
            assertThat(typed.status()).isEqualTo(404);
            assertThat(juhua.locator("[data-test=not-found]").innerText()).isEqualTo("Not found");
            assertThat(juhua.locator("body").innerText()).doesNotContain("Linhai");
        }
    }

    @Test
    @Order(14)
    void aDayOfMinuteDataFromDataLoggersBecomesHourlyValuesFindingsAndACalculation() throws Exception {
        new CemsDay(client, chain, platform.ports().cemsTcp(), database).run();
    }

    @Test
    @Order(15)
    void theEventFeedGivesEachOrganisationTheEventsOfItsOwnProjectsInOrderAsCloudEvents() throws Exception {
        String machine = chain.token("linhai-dcs");
        // sealed and indexed within a second or two of the last command
        List<JsonNode> linhai = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> feed(machine, 0, 1000),
                        events -> events.stream()
                                .anyMatch(e -> e.get("type").asText().equals("org.carbonmrv.CreditsIssuedEvent")));
        assertThat(linhai).allSatisfy(e -> {
            assertThat(e.get("specversion").asText()).isEqualTo("1.0");
            if (e.get("subject").isNull()) {
                // its own registry account's events concern no project
                assertThat(e.get("type").asText()).startsWith("org.carbonmrv.Account");
                assertThat(e.get("data").get("accountId").asText()).isEqualTo("holding:linhai-chem");
            } else {
                assertThat(e.get("subject").asText()).isEqualTo(chain.projectId);
            }
            assertThat(e.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(e.get("data").isObject()).isTrue();
        });
        assertThat(linhai.get(0).get("type").asText()).isEqualTo("org.carbonmrv.ProjectSubmittedEvent");
        List<Long> sequence =
                linhai.stream().map(e -> e.get("sequence").asLong()).toList();
        assertThat(sequence).isSorted().doesNotHaveDuplicates();
        // page by page from the cursor: the same events
        List<JsonNode> paged = new ArrayList<>();
        long after = 0;
        for (List<JsonNode> page = feed(machine, after, 7); !page.isEmpty(); page = feed(machine, after, 7)) {
            paged.addAll(page);
            after = page.get(page.size() - 1).get("sequence").asLong();
        }
        assertThat(paged.stream().map(e -> e.get("id").asText()).limit(linhai.size()))
                .containsExactlyElementsOf(
                        linhai.stream().map(e -> e.get("id").asText()).toList());
        // another organisation sees its own, and of Linhai's only the credits moved into or out of its accounts
        List<JsonNode> juhua = feed(chain.token("juhua-owner"), 0, 1000);
        assertThat(juhua).isNotEmpty();
        assertThat(juhua.stream().filter(e -> e.get("subject").asText().equals(chain.projectId)))
                .isNotEmpty()
                .allSatisfy(WebhookReceivers::movesTheBuyersCredits);
        // the assigned verifier sees the events of the period it verifies, from its assignment on; another none of them
        List<JsonNode> verifier = feed(chain.token(LinhaiChain.VERIFIER), 0, 1000);
        assertThat(verifier.stream().map(e -> e.get("type").asText()))
                .contains(
                        "org.carbonmrv.VerifierAssignedEvent",
                        "org.carbonmrv.ReportSubmittedForVerificationEvent",
                        "org.carbonmrv.ReductionReportApprovedEvent")
                .doesNotContain("org.carbonmrv.ProjectSubmittedEvent", "org.carbonmrv.CreditsTransferredEvent");
        assertThat(feed(chain.token("ceprei-verifier"), 0, 1000))
                .noneMatch(e -> e.get("subject").asText().equals(chain.projectId));
        // the new meter's critical calibration lapse was raised once, and cleared by its second calibration
        assertThat(linhai.stream()
                        .filter(e ->
                                isCriticalLapseOfTheNewMeter(e, "Raised") || isCriticalLapseOfTheNewMeter(e, "Cleared"))
                        .map(e -> e.get("type").asText()))
                .containsExactly(
                        "org.carbonmrv.CriticalQaFindingRaisedEvent", "org.carbonmrv.CriticalQaFindingClearedEvent");
    }

    private boolean isCriticalLapseOfTheNewMeter(JsonNode event, String raisedOrCleared) {
        return event.get("type").asText().equals("org.carbonmrv.CriticalQaFinding" + raisedOrCleared + "Event")
                && event.get("data").path("reportingPeriodId").asText().equals(chain.periodId)
                && event.get("data").path("check").asText().equals("calibration-coverage")
                && event.get("data").path("subject").asText().startsWith("FT-NEW-1 ");
    }

    private List<JsonNode> feed(String token, long after, int size) throws Exception {
        JsonNode page = LinhaiChain.expect(200, client.get("/api/events?after=" + after + "&size=" + size, token));
        List<JsonNode> events = new ArrayList<>();
        page.get("events").forEach(events::add);
        return events;
    }

    @Test
    @Order(16)
    void webhookReceiversGetTheirOrganisationsEventsSignedAndRetriedAndAGoneOneIsDisabled() throws Exception {
        new WebhookReceivers(client, chain).run();
    }

    @Test
    @Order(17)
    void theRunningApiIsTheCommittedContractAndTheGeneratedClientSpeaksIt() throws Exception {
        GeneratedClientStory story =
                new GeneratedClientStory(client, chain, platform.ports().gatewayUrl());
        story.theRunningApiIsTheCommittedContract();
        story.aHolderRetiresWithTheGeneratedClientAndThePlantSeesItInItsFeed();
    }

    @Test
    @Order(96)
    void everyServicesReadModelsAreRebuiltFromTheEventStoreRowForRow() throws Exception {
        String operator = chain.token("platform-operator");
        Map<String, String> services = Map.of(
                "projects", "project_service",
                "monitoring", "monitoring_service",
                "calculations", "calculation_service",
                "registry", "registry_service");
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.user(), database.password())) {
            for (Map.Entry<String, String> service : services.entrySet()) {
                // the tracking processors may still be applying the last events: compare once they have caught up
                awaitTrackingProcessorsAtTheHead(connection, service.getValue());
                Map<String, String> live = tables(connection, service.getValue());
                JsonNode rebuilt = LinhaiChain.expect(
                        200,
                        client.post("/api/" + service.getKey() + "/operations/read-models/rebuild", operator, "{}"));
                assertThat(rebuilt.get("events").asLong()).isPositive();
                List<String> tables = new ArrayList<>();
                rebuilt.get("tables").forEach(t -> tables.add(t.asText()));
                assertThat(tables).as(service.getKey()).isNotEmpty();
                for (String table : tables) {
                    assertThat(rows(connection, service.getValue() + "." + table))
                            .as("%s.%s rebuilt from the events", service.getValue(), table)
                            .isEqualTo(live.get(table));
                }
            }
            try (ResultSet left = connection
                    .createStatement()
                    .executeQuery(
                            "SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE '%_rebuild'")) {
                left.next();
                assertThat(left.getInt(1)).as("no shadow tables left behind").isZero();
            }
            try (ResultSet next = connection
                    .createStatement()
                    .executeQuery(
                            "SELECT nextval(pg_get_serial_sequence('monitoring_service.reading_corrections', 'id'))"
                                    + " > (SELECT coalesce(max(id), 0) FROM monitoring_service.reading_corrections)")) {
                next.next();
                assertThat(next.getBoolean(1))
                        .as("the next correction's id follows the rebuilt ones")
                        .isTrue();
            }
        }
        assertThat(client.post("/api/registry/operations/read-models/rebuild", chain.token("auditor"), "{}")
                        .status())
                .isEqualTo(403);
    }

    /** Until every tracking token of a service has passed the last event of the store. */
    private static void awaitTrackingProcessorsAtTheHead(Connection connection, String schema) {
        String behind = "SELECT count(*) FROM " + schema + ".token_entry t WHERE t.token IS NULL"
                + " OR coalesce(substring(convert_from(t.token, 'UTF8') from '\"index\":([0-9]+)')::bigint, -1)"
                + " < (SELECT coalesce(max(global_index), 0) FROM eventstore.domain_event_entry)";
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .pollInSameThread()
                .until(() -> {
                    try (ResultSet count = connection.createStatement().executeQuery(behind)) {
                        count.next();
                        return count.getLong(1) == 0;
                    }
                });
    }

    /** Every table of a schema, row for row. */
    private static Map<String, String> tables(Connection connection, String schema) throws Exception {
        Map<String, String> tables = new LinkedHashMap<>();
        try (ResultSet table = connection
                .createStatement()
                .executeQuery("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                        + " AND table_schema = '" + schema + "' ORDER BY table_name")) {
            while (table.next()) {
                tables.put(table.getString(1), null);
            }
        }
        for (String table : tables.keySet()) {
            tables.put(table, rows(connection, schema + "." + table));
        }
        return tables;
    }

    /** An auditor's verification of the whole history: asked for (202), then followed at its Location until done. */
    private static JsonNode verifyTheHistory(String auditor) throws Exception {
        MrvClient.Response asked = client.post("/api/audit/verifications", auditor, "{}");
        assertThat(asked.status()).as(asked.text()).isEqualTo(202);
        String location = asked.header("Location");
        JsonNode run = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> LinhaiChain.expect(200, client.get(location, auditor)),
                        r -> !r.get("status").asText().equals("RUNNING"));
        assertThat(run.get("status").asText()).as("%s", run).isEqualTo("DONE");
        return run.get("verification");
    }

    /** A table's rows as text, in a fixed order. */
    private static String rows(Connection connection, String table) throws Exception {
        try (ResultSet row = connection
                .createStatement()
                .executeQuery(
                        "SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM " + table + " t")) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    @Order(97)
    void theWholeHistoryIsSealedSignedAndVerifiesIntact() throws Exception {
        String auditor = chain.token("auditor");
        long events;
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                ResultSet row = connection
                        .createStatement()
                        .executeQuery("SELECT count(*), max(global_index) FROM eventstore.domain_event_entry")) {
            row.next();
            events = row.getLong(1);
        }
        // a checkpoint every 1,000 events or 10 s: the last events are covered soon after they are written
        JsonNode checkpoint = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .until(
                        () -> LinhaiChain.expect(200, client.get("/api/audit/public/checkpoints/latest", null)),
                        c -> c.get("treeSize").asLong() >= events);
        JsonNode verification = verifyTheHistory(auditor);
        assertThat(verification.get("discrepancyCount").asLong())
                .as("%s", verification.get("discrepancies"))
                .isZero();
        assertThat(verification.get("sealedEvents").asLong()).isGreaterThanOrEqualTo(events);

        // an outsider checks the issuance's event with the public key, the checkpoint and its inclusion proof
        long issuance;
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                ResultSet row = connection
                        .createStatement()
                        .executeQuery("SELECT min(global_index) FROM eventstore.domain_event_entry"
                                + " WHERE payload_type LIKE '%CreditsIssuedEvent'")) {
            row.next();
            issuance = row.getLong(1);
        }
        JsonNode proof = LinhaiChain.expect(
                200,
                client.get(
                        "/api/audit/proofs/inclusion?globalIndex=" + issuance + "&treeSize="
                                + checkpoint.get("treeSize").asLong(),
                        auditor));
        String pem = client.get("/api/audit/public/key", null).text();
        CheckpointVerifier key = CheckpointVerifier.fromPem(pem);
        Checkpoint signed = Checkpoint.fromJson(checkpoint);
        assertThat(key.signed(signed)).isTrue();
        List<Hash> path = new ArrayList<>();
        proof.get("path").forEach(h -> path.add(Hash.ofHex(h.asText())));
        assertThat(Proofs.includes(
                        signed.root(),
                        signed.treeSize(),
                        proof.get("position").asLong(),
                        Hash.ofHex(proof.get("leafHash").asText()),
                        path))
                .isTrue();
        assertThat(client.post("/api/audit/verifications", chain.token(LinhaiChain.OWNER), "{}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    @Order(97)
    void theAuditorReadsTheProjectsHistoryAcrossEveryServiceAndWhatCausedEachEvent() throws Exception {
        String auditor = chain.token("auditor");
        String path = "/api/audit/projects/" + chain.projectId + "/history";
        JsonNode all = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> LinhaiChain.expect(200, client.get(path + "?size=1000", auditor)),
                        h -> StreamSupport.stream(h.get("items").spliterator(), false)
                                .anyMatch(e -> e.get("event").asText().equals("CreditsRetiredEvent")));
        List<String> events = new ArrayList<>();
        all.get("items").forEach(e -> events.add(e.get("event").asText()));
        assertThat(events)
                .contains(
                        "ProjectSubmittedEvent",
                        "VerifierAssignedEvent",
                        "ReadingBatchRecordedEvent",
                        "ReadingCorrectedEvent",
                        "ReductionsCalculatedEvent",
                        "FindingRaisedEvent",
                        "ReductionReportApprovedEvent",
                        "CreditsIssuedEvent",
                        // registry movements name serials, not the project: found through the serials issued for it
                        "CreditsTransferredEvent",
                        "CreditsRetiredEvent");
        assertThat(events.indexOf("ProjectSubmittedEvent")).isLessThan(events.indexOf("CreditsIssuedEvent"));
        JsonNode issued = StreamSupport.stream(all.get("items").spliterator(), false)
                .filter(e -> e.get("event").asText().equals("CreditsIssuedEvent"))
                .findFirst()
                .orElseThrow();
        assertThat(issued.get("correlationId").asText()).isNotBlank();

        JsonNode corrections = LinhaiChain.expect(200, client.get(path + "?kind=ReadingCorrectedEvent", auditor));
        assertThat(corrections.get("items"))
                .isNotEmpty()
                .allMatch(e -> e.get("event").asText().equals("ReadingCorrectedEvent"));
        JsonNode byOwner = LinhaiChain.expect(
                200, client.get(path + "?actor=" + LinhaiChain.OWNER + "&size=1000", chain.token(LinhaiChain.OWNER)));
        assertThat(byOwner.get("items"))
                .isNotEmpty()
                .allMatch(e -> e.get("actor").asText().equals(LinhaiChain.OWNER));
        assertThat(client.get(path, chain.token("juhua-owner")).status()).isEqualTo(404);
        assertThat(client.get(path, null).status()).isEqualTo(401);

        // the project as it stood just before its credits were issued, and now: folded from the events
        String state = "/api/audit/projects/" + chain.projectId + "/state";
        JsonNode before = LinhaiChain.expect(
                200,
                client.get(state + "?globalIndex=" + (issued.get("globalIndex").asLong() - 1), auditor));
        assertThat(before.get("credits").get("issued").asLong()).isZero();
        assertThat(before.get("asOf").get("globalIndex").asLong())
                .isLessThan(issued.get("globalIndex").asLong());
        JsonNode now = LinhaiChain.expect(200, client.get(state, chain.token(LinhaiChain.OWNER)));
        assertThat(now.get("credits").get("issued").asLong()).isGreaterThanOrEqualTo(3_999_500L);
        assertThat(now.get("reports").get(0).get("versions")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(client.get(state, chain.token("juhua-owner")).status()).isEqualTo(404);

        JsonNode causality = LinhaiChain.expect(
                200, client.get("/api/audit/events/" + issued.get("globalIndex").asLong() + "/causality", auditor));
        assertThat(causality.get("event").get("event").asText()).isEqualTo("CreditsIssuedEvent");
        assertThat(causality.get("correlated")).isNotEmpty();

        // through the commands the services' handlers send: the approval registered the project and asked for issuance
        JsonNode registered = StreamSupport.stream(all.get("items").spliterator(), false)
                .filter(e -> e.get("event").asText().equals("ProjectRegisteredEvent"))
                .findFirst()
                .orElseThrow();
        JsonNode registration = LinhaiChain.expect(
                200,
                client.get("/api/audit/events/" + registered.get("globalIndex").asLong() + "/causality", auditor));
        assertThat(registration.get("causedBy").get(0).get("event").asText())
                .as("the project was registered because its first report was approved")
                .isEqualTo("ReductionReportApprovedEvent");
        long approval = registration.get("causedBy").get(0).get("globalIndex").asLong();
        List<String> effects = new ArrayList<>();
        LinhaiChain.expect(200, client.get("/api/audit/events/" + approval + "/causality", auditor))
                .get("caused")
                .forEach(e -> effects.add(e.get("event").asText()));
        assertThat(effects).contains("ProjectRegisteredEvent", "IssuanceRequestedEvent");
    }

    @Test
    @Order(97)
    void theAuditorRecomputesTheApprovedVersionAndTracesASerialToItsReadings() throws Exception {
        String auditor = chain.token("auditor");
        JsonNode recomputed = LinhaiChain.expect(
                200,
                client.get(
                        "/api/audit/reports/" + chain.reportId + "/versions/" + chain.version + "/recomputation",
                        auditor));
        assertThat(recomputed.get("links"))
                .isNotEmpty()
                .allMatch(link -> link.get("holds").asBoolean());
        assertThat(recomputed.get("links"))
                .anyMatch(link -> link.get("what").asText().startsWith("reading batch "));
        assertThat(recomputed.get("figures"))
                .isNotEmpty()
                .allMatch(figure -> figure.get("equal").asBoolean());
        // each version's data set is what the readings gave when it was calculated: version 1 before the
        // LNG factor was corrected, version 2 after; the adipic-acid month from its hourly CEMS values
        for (String version : List.of(
                "/api/audit/reports/" + chain.reportId + "/versions/1/recomputation",
                "/api/audit/reports/" + chain.reportId + "/versions/2/recomputation",
                "/api/audit/reports/" + adipicReport + "/versions/1/recomputation")) {
            assertThat(LinhaiChain.expect(200, client.get(version, auditor)).get("links"))
                    .as(version)
                    .anySatisfy(link -> {
                        assertThat(link.get("what").asText())
                                .startsWith("the data set is what the period's readings gave");
                        assertThat(link.get("holds").asBoolean()).as("%s", link).isTrue();
                    });
        }
        // a reading changed in the table since: the version's data set is no longer what the readings give, and
        // the field that differs is named
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.user(), database.password())) {
            String reading = "UPDATE monitoring_service.readings SET value = value + 1000 WHERE id ="
                    + " (SELECT min(id) FROM monitoring_service.readings WHERE project_id = '" + chain.projectId
                    + "' AND period_id = '" + chain.periodId + "' AND month IS NOT NULL)";
            connection.createStatement().executeUpdate(reading);
            try {
                JsonNode changed = LinhaiChain.expect(
                        200,
                        client.get(
                                "/api/audit/reports/" + chain.reportId + "/versions/" + chain.version
                                        + "/recomputation",
                                auditor));
                assertThat(changed.get("links")).anySatisfy(link -> {
                    assertThat(link.get("what").asText()).startsWith("the data set is what the period's readings gave");
                    assertThat(link.get("holds").asBoolean()).isFalse();
                    assertThat(link.get("detail").asText()).contains("in the data set", "from the readings");
                });
            } finally {
                connection.createStatement().executeUpdate(reading.replace("+ 1000", "- 1000"));
            }
        }
        assertThat(StreamSupport.stream(recomputed.get("figures").spliterator(), false)
                        .filter(f -> f.get("name").asText().equals("ER_y"))
                        .findFirst()
                        .orElseThrow()
                        .get("recomputed")
                        .asText())
                .isEqualTo("3999500");

        JsonNode provenance = LinhaiChain.expect(200, client.get("/api/audit/serials/1/provenance", auditor));
        assertThat(provenance.get("links")).allMatch(link -> link.get("holds").asBoolean());
        assertThat(provenance.get("recomputed").get("reportId").asText()).isEqualTo(chain.reportId);
        assertThat(client.get("/api/audit/serials/not-a-serial/provenance", auditor)
                        .status())
                .isEqualTo(400);
        assertThat(client.get("/api/audit/serials/999999999/provenance", auditor)
                        .status())
                .isEqualTo(404);

        // a data set changed by a superuser (who drops the table's own check first): the link that broke is named
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.user(), database.password())) {
            String digest = recomputed.get("datasetDigest").asText();
            String tamper = "UPDATE calculation_service.datasets SET content = content || ' '::bytea WHERE sha256 = '"
                    + digest + "'";
            try {
                connection
                        .createStatement()
                        .execute("ALTER TABLE calculation_service.datasets DROP CONSTRAINT IF EXISTS datasets_check");
                connection.createStatement().executeUpdate(tamper);
                JsonNode broken = LinhaiChain.expect(
                        200,
                        client.get(
                                "/api/audit/reports/" + chain.reportId + "/versions/" + chain.version
                                        + "/recomputation",
                                auditor));
                assertThat(broken.get("links"))
                        .anyMatch(link -> link.get("what").asText().equals("the data set is stored under its digest")
                                && !link.get("holds").asBoolean());
            } finally {
                connection
                        .createStatement()
                        .executeUpdate(
                                "UPDATE calculation_service.datasets SET content = substring(content from 1 for length(content) - 1)"
                                        + " WHERE sha256 = '" + digest + "'");
                connection
                        .createStatement()
                        .execute("ALTER TABLE calculation_service.datasets ADD CONSTRAINT datasets_check"
                                + " CHECK (encode(sha256(content), 'hex') = sha256)");
            }
        }
    }

    @Test
    @Order(97)
    void theProjectsBundleIsCheckedOfflineAndAnyChangedByteFailsIt() throws Exception {
        CheckpointVerifier key = CheckpointVerifier.fromPem(
                client.get("/api/audit/public/key", null).text());
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.user(), database.password())) {
            connection.setAutoCommit(false);
            assertThat(BundleWriter.write(connection, chain.projectId, key, bundle))
                    .isPositive();
            connection.rollback();
        }
        BundleCheck check = BundleVerifier.check(new ByteArrayInputStream(bundle.toByteArray()), key);
        assertThat(check.failures()).isEmpty();
        assertThat(check.versionsRecomputed()).isGreaterThanOrEqualTo(2);

        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bundle.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(files.keySet())
                .contains("manifest.json", "checkpoint.json", "key.pem", "events.ndjson", "methodologies.json")
                .anyMatch(name -> name.startsWith("datasets/"));
        for (String name : files.keySet()) {
            Map<String, byte[]> changed = new LinkedHashMap<>(files);
            byte[] content = changed.get(name).clone();
            content[content.length / 2] ^= 0x01;
            changed.put(name, content);
            BundleCheck tampered = BundleVerifier.check(new ByteArrayInputStream(zip(changed)), key);
            assertThat(tampered.holds()).as("one byte of %s changed", name).isFalse();
            if (!name.equals("manifest.json")) {
                assertThat(tampered.failures())
                        .as("one byte of %s changed", name)
                        .anyMatch(f -> f.contains(name));
            }
        }
        byte[] raw = bundle.toByteArray().clone();
        raw[raw.length / 3] ^= 0x01;
        assertThat(BundleVerifier.check(new ByteArrayInputStream(raw), key).holds())
                .isFalse();
        // signed with another key: the auditor's own copy of the platform's key refuses it
        CheckpointVerifier other = CheckpointKey.loadOrCreate(
                        Files.createTempDirectory("other-key").resolve("k"))
                .verifier();
        assertThat(BundleVerifier.check(new ByteArrayInputStream(bundle.toByteArray()), other)
                        .failures())
                .anyMatch(f -> f.contains("is not signed by key"));
    }

    private static byte[] zip(Map<String, byte[]> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    @Order(97)
    void aReadingARollUpOrACorrectionChangedInTheTablesIsNamed() throws Exception {
        String auditor = chain.token("auditor");
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.user(), database.password())) {
            String reading = "UPDATE monitoring_service.readings SET value = value + 1000 WHERE id ="
                    + " (SELECT min(id) FROM monitoring_service.readings WHERE project_id = '" + chain.projectId + "')";
            assertThat(readingsFindings(connection, reading, reading.replace("+ 1000", "- 1000"), auditor))
                    .anyMatch(what -> what.contains("are not the rows its event recorded"))
                    .anyMatch(what -> what.contains("its readings add up to"));

            String rollup = "UPDATE monitoring_service.monthly_rollup SET total = total + 208000 WHERE project_id = '"
                    + chain.projectId + "' AND parameter = 'q_HFC23_gen' AND month = '2019-03'";
            assertThat(readingsFindings(connection, rollup, rollup.replace("+ 208000", "- 208000"), auditor))
                    .singleElement()
                    .asString()
                    .contains("the roll-up of q_HFC23_gen", "2019-03", "its readings add up to");

            String correction = "UPDATE monitoring_service.reading_corrections SET value = value + 1 WHERE id ="
                    + " (SELECT max(id) FROM monitoring_service.reading_corrections)";
            assertThat(readingsFindings(connection, correction, correction.replace("+ 1", "- 1"), auditor))
                    .anyMatch(what -> what.contains("was last corrected to"));
        }
    }

    /** What the verification says of the readings after {@code tamper}; {@code undo} puts them back and they verify again. */
    private List<String> readingsFindings(Connection connection, String tamper, String undo, String auditor)
            throws Exception {
        connection.createStatement().executeUpdate(tamper);
        JsonNode verification = verifyTheHistory(auditor);
        connection.createStatement().executeUpdate(undo);
        List<String> found = new ArrayList<>();
        verification.get("discrepancies").forEach(d -> {
            assertThat(d.get("kind").asText()).isEqualTo("READINGS_CHANGED");
            found.add(d.get("what").asText());
        });
        assertThat(verifyTheHistory(auditor).get("discrepancyCount").asLong()).isZero();
        return found;
    }

    /** The data logger the access table registers on the Linhai project (its LNG flow meter). */
    private static final String ACCESS_MATRIX_LOGGER = "LINHAIACCESS01";

    @Test
    @Order(98)
    void everyOperationByEveryKindOfCallerAsTheAccessTableSays() throws Exception {
        String owner = chain.token(LinhaiChain.OWNER);
        String registry = chain.token(LinhaiChain.REGISTRY);
        Map<String, String> tokens = new HashMap<>();
        tokens.put("own", owner);
        tokens.put("other", chain.token("juhua-owner"));
        tokens.put("verifier", chain.token(LinhaiChain.VERIFIER));
        tokens.put("unassigned", chain.token("ceprei-verifier"));
        tokens.put("auditor", chain.token("auditor"));
        tokens.put("registry", registry);
        tokens.put("machine", chain.token("linhai-dcs"));
        tokens.put("operator", chain.token("platform-operator"));
        tokens.put("service", client.clientToken("mrv-calculation-service", "mrv-calculation-service-secret"));
        tokens.put("adapter", client.clientToken("mrv-cems-adapter", "mrv-cems-adapter-secret"));
        tokens.put("otherClient", client.tokenFromClient("admin-cli", LinhaiChain.OWNER));
        long waited = (System.nanoTime() - soonExpiredAt) / 1_000_000_000L;
        if (waited < 65) {
            Thread.sleep((65 - waited) * 1000);
        }
        tokens.put("expired", soonExpired);

        String project = "/api/monitoring/projects/" + chain.projectId;
        Map<String, String> ids = new HashMap<>();
        ids.put("projectId", chain.projectId);
        ids.put(
                "treeSize",
                LinhaiChain.expect(200, client.get("/api/audit/public/checkpoints/latest", null))
                        .get("treeSize")
                        .asText());
        ids.put("periodId", chain.periodId);
        ids.put("reportId", chain.reportId);
        ids.put("version", String.valueOf(chain.version));
        ids.put(
                "projectId=second",
                LinhaiChain.expect(
                                201,
                                client.post(
                                        "/api/projects",
                                        owner,
                                        chain.linhai()
                                                .projectSubmission()
                                                .put("name", "A second project, not yet listed")))
                        .get("id")
                        .asText());
        ids.put(
                "readingId",
                LinhaiChain.expect(
                                200,
                                client.get(
                                        project + "/reporting-periods/" + chain.periodId + "/readings?parameter=Q_FF",
                                        owner))
                        .get("items")
                        .get(0)
                        .get("id")
                        .asText());
        ids.put(
                "batchId",
                LinhaiChain.expect(200, client.get(project + "/readings/" + ids.get("readingId") + "/history", owner))
                        .get("upload")
                        .get("batchId")
                        .asText());
        JsonNode checks =
                LinhaiChain.expect(200, client.get(chain.checksPath(), owner)).get("findings");
        for (JsonNode f : checks) {
            if (f.get("severity").asText().equals("WARNING")) {
                ids.putIfAbsent("findingId=warning", f.get("id").asText());
            }
        }
        ids.put("findingId=nonConformity", chain.findingId);
        ids.put(
                "serial=meter",
                chain.linhai()
                        .monitoringPlan()
                        .get("meters")
                        .get(0)
                        .get("serial")
                        .asText());
        ids.put(
                "requestId=issued",
                LinhaiChain.expect(200, client.get("/api/registry/issuance-requests", registry))
                        .get("items")
                        .get(0)
                        .get("id")
                        .asText());
        ids.put(
                "retirementId=first",
                LinhaiChain.expect(200, client.get("/api/registry/public/retirements", null))
                        .get("items")
                        .get(0)
                        .get("id")
                        .asText());

        ids.put(
                "verificationId",
                LinhaiChain.expect(202, client.post("/api/audit/verifications", chain.token("auditor"), "{}"))
                        .get("id")
                        .asText());

        Map<String, String> bodies = new HashMap<>();
        bodies.put(
                "project",
                chain.linhai()
                        .projectSubmission()
                        .put("name", "Submitted in the access matrix")
                        .toString());
        bodies.put("reason", "{\"reason\": \"access matrix\"}");
        bodies.put(
                "dataLogger",
                "{\"mn\": \"" + ACCESS_MATRIX_LOGGER + "\", \"password\": \"123456\", \"source\": \"furnace-1\", "
                        + "\"channels\": [{\"code\": \"LNG\", \"parameter\": \"Q_FF\", \"unit\": \"t\"}]}");
        bodies.put(
                "loggerHour",
                "{\"hour\": \"2018-06-01T00:00\", \"channels\": [{\"code\": \"LNG\", \"value\": \"0.1\", \"flag\": \"N\", "
                        + "\"validMinutes\": 60, \"minutesReported\": 60}]}");
        ids.put("mn=logger", ACCESS_MATRIX_LOGGER);
        // an endpoint of Linhai's that no one answers at (the port of the discard service): retried, harmlessly
        bodies.put("webhook", "{\"url\": \"http://127.0.0.1:9/hook\", \"kinds\": [\"CreditsIssuedEvent\"]}");
        bodies.put("redeliver", "{\"after\": 0}");
        ids.put(
                "endpointId",
                LinhaiChain.expect(
                                201,
                                client.postRaw(
                                        "/api/webhooks/endpoints", owner, bodies.get("webhook"), "application/json"))
                        .get("id")
                        .asText());
        var submitted = chain.linhai().projectSubmission();
        bodies.put(
                "amendment",
                MrvClient.JSON
                        .createObjectNode()
                        .put("expectedVersion", 1)
                        .put("name", submitted.get("name").asText())
                        .put("reason", "access matrix: the same description again")
                        .set("facility", submitted.get("facility"))
                        .toString());
        bodies.put("period2020", "{\"start\": \"2020-01-01\", \"end\": \"2020-12-31\"}");
        bodies.put("verifier", "{\"verifierOrganisation\": \"cqc\"}");
        bodies.put(
                "plan",
                chain.linhai()
                        .monitoringPlan()
                        .put("effectiveFrom", "2019-03-01")
                        .toString());
        bodies.put(
                "calibration",
                "{\"performedOn\": \"2019-01-01\", \"validUntil\": \"2019-12-31\", \"certificate\": \"AM-1\"}");
        bodies.put(
                "substitution",
                "{\"substituteSerial\": \"AM-SPARE\", \"from\": \"2019-03-01\", \"to\": \"2019-03-02\", \"reason\": \"access matrix\"}");
        bodies.put("acknowledgement", "{\"comment\": \"access matrix\"}");
        bodies.put("correction", "{\"value\": \"2.64\", \"unit\": \"t\", \"reason\": \"access matrix\"}");
        bodies.put(
                "rangeCorrection",
                "{\"parameter\": \"Q_FF\", \"source\": \"lng\", \"from\": \"2019-02-01\", \"to\": \"2019-02-28\", "
                        + "\"factor\": \"1\", \"reason\": \"access matrix\"}");
        bodies.put("readingsCsv", "parameter,source,from,to,value,unit\nQ_FF,lng,2019-02-01,2019-02-28,2.64,t\n");
        bodies.put(
                "downtime",
                "{\"entries\": [{\"unitId\": \""
                        + chain.linhai()
                                .projectSubmission()
                                .get("facility")
                                .get("destructionUnits")
                                .get(0)
                                .get("id")
                                .asText()
                        + "\", \"from\": \"2019-05-01T00:00\", \"to\": \"2019-05-01T01:00\", \"productionStopped\": false, \"kind\": \"shutdown\"}]}");
        bodies.put("finding", "{\"kind\": \"CLARIFICATION\", \"subject\": \"ER_y\", \"text\": \"access matrix\"}");
        bodies.put("findingText", "{\"text\": \"access matrix\"}");
        bodies.put("version", "{\"version\": " + chain.version + "}");
        bodies.put("rejection", "{\"version\": " + chain.version + ", \"reason\": \"access matrix\"}");
        bodies.put(
                "calculate",
                "{\"projectId\": \"" + chain.projectId + "\", \"reportingPeriodId\": \"" + chain.periodId + "\"}");
        bodies.put("openAccount", "{\"name\": \"access matrix\"}");
        bodies.put("rename", "{\"name\": \"Linhai main account\"}");
        bodies.put("approveIssuance", "{}");
        bodies.put(
                "transfer",
                "{\"fromAccount\": \"holding:linhai-chem\", \"toAccount\": \"holding:juhua-chem\", \"quantity\": 1}");
        bodies.put(
                "retire",
                "{\"account\": \"holding:linhai-chem\", \"quantity\": 1, \"beneficiary\": \"access matrix\"}");
        bodies.put(
                "cancel",
                "{\"account\": \"holding:linhai-chem\", \"quantity\": 1, \"kind\": \"administrative\", "
                        + "\"reason\": \"access matrix\"}");
        bodies.put("settle", "{\"account\": \"holding:linhai-chem\", \"quantity\": 1}");

        AccessMatrix matrix = new AccessMatrix(client, tokens, ids, bodies);
        List<AccessMatrix.Row> rows = AccessMatrix.rows();
        assertThat(matrix.coverage(rows))
                .as("the access table and the aggregated OpenAPI list the same operations")
                .isEmpty();
        assertThat(matrix.check(rows))
                .as("answers that differ from the access table")
                .isEmpty();
    }

    @Test
    @Order(99)
    void withAServiceDownTheGatewayAndTheOtherServicesSaySoHonestly() throws Exception {
        platform.stopService("project-service");
        MrvClient.Response down = client.get("/api/projects/public", null);
        assertThat(down.status()).as(down.text()).isEqualTo(503);
        assertThat(down.body().get("code").asText()).isEqualTo("service-unavailable");
        MrvClient.Response decision = chain.approveAs(LinhaiChain.VERIFIER);
        assertThat(decision.status())
                .as("not a refusal: the project-service could not be asked")
                .isEqualTo(503);
        assertThat(decision.body().get("code").asText()).isEqualTo("dependency-unavailable");
        MrvClient.Response nowhere = client.get("/api/nowhere", chain.token(LinhaiChain.OWNER));
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.body().get("type").asText()).endsWith("/not-found");
    }
}
