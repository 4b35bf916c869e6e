package org.carbonmrv.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.carbonmrv.api.calculation.ReductionReportApprovedEvent;
import org.carbonmrv.api.project.Facility;
import org.carbonmrv.api.project.Location;
import org.carbonmrv.api.project.ProjectListedEvent;
import org.carbonmrv.api.project.ProjectSubmittedEvent;
import org.carbonmrv.api.quantity.Quantity;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.api.registry.RequestIssuanceCommand;
import org.carbonmrv.platform.testsupport.PostgresIntegrationTest;
import org.carbonmrv.registry.ledger.RegistryLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carbonmrv.platform.testsupport.Tokens.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The registry against a real PostgreSQL: issuance exactly once however often and however
 * concurrently an approval is delivered, transfers that race for one account, and a reversal with
 * its liability and settlement, through the HTTP API and the public views.
 */
// the read models' rebuild replays three events to a transaction: blocks change on both sides of every chunk's edge
@SpringBootTest(properties = {"mrv.registry.issuance-approval=automatic", "mrv.read-models.rebuild-chunk=3"})
@AutoConfigureMockMvc
class RegistryIT extends PostgresIntegrationTest {

    static final String DIGEST = "d".repeat(64);
    static final RequestPostProcessor OWNER = user("linhai-owner", "linhai-chem", "project-owner", "credit-holder");
    static final RequestPostProcessor BUYER = user("juhua-owner", "juhua-chem", "project-owner", "credit-holder");
    static final RequestPostProcessor REGISTRY = user("registry-admin", "mrv-registry", "registry-admin");
    static final RequestPostProcessor AUDITOR = user("auditor", "audit-office", "auditor");

    @Autowired
    MockMvc http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventGateway events;

    @Autowired
    EventProcessingConfiguration processing;

    void approve(String reportId, int version, long reductions, Integer supersedes) {
        approve(reportId, version, reductions, supersedes, "linhai-chem");
    }

    void approve(String reportId, int version, long reductions, Integer supersedes, String owner) {
        events.publish(GenericEventMessage.asEventMessage(new ReductionReportApprovedEvent(
                        reportId,
                        "p-" + reportId,
                        "rp",
                        version,
                        digestOf(reportId, reductions),
                        "CM-010",
                        "V01",
                        owner,
                        "cqc",
                        2019,
                        new Quantity(BigDecimal.valueOf(reductions), Unit.TONNE_CO2E),
                        supersedes))
                .andMetaData(Map.of("actor", "cqc-verifier")));
    }

    /** A data set digest per report and figure, as distinct reports' data sets are. */
    static String digestOf(String reportId, long reductions) {
        return String.format(
                "%064x",
                new BigInteger(1, (reportId + "/" + reductions).getBytes(StandardCharsets.UTF_8))
                        .mod(BigInteger.TWO.pow(255)));
    }

    static void await(String what, BooleanSupplier condition) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }

    long issuedFor(String reportId) {
        return jdbc.queryForObject(
                "SELECT coalesce(sum(quantity), 0) FROM serial_blocks WHERE report_id = ?", Long.class, reportId);
    }

    long eventsOfType(String type, String reportId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM eventstore.event_history
                WHERE payload_type = ? AND payload->>'reportId' = ?""", Long.class, type, reportId);
    }

    /** The buyer's default holding account, opened by the buyer as a registry requires before it receives. */
    @BeforeEach
    void theBuyerHasAnAccount() throws Exception {
        if (jdbc.queryForObject("SELECT count(*) FROM accounts WHERE id = 'holding:juhua-chem'", Long.class) == 0) {
            assertThat(postStatus("/api/registry/accounts", BUYER, Map.of("name", "juhua main")))
                    .isEqualTo(201);
        }
    }

    JsonNode getJson(String path, RequestPostProcessor who) throws Exception {
        return json.readTree(
                http.perform(get(path).with(who)).andReturn().getResponse().getContentAsString());
    }

    int postStatus(String path, RequestPostProcessor who, Object body) throws Exception {
        return http.perform(post(path)
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void anApprovalDeliveredManyTimesAtOnceOrReplayedAfterARestartIssuesOneBlock() throws Exception {
        String report = UUID.randomUUID().toString();
        var request = new RequestIssuanceCommand(
                RegistryLedger.ID,
                "issuance-" + report + "-v1",
                report,
                1,
                "p-" + report,
                "linhai-chem",
                2019,
                5_000,
                "CM-010",
                "V01",
                DIGEST,
                true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> deliveries = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                deliveries.add(pool.submit(() -> commands.sendAndWait(request)));
            }
            approve(report, 1, 5_000, null);
            approve(report, 1, 5_000, null);
            for (Future<Object> delivery : deliveries) {
                delivery.get();
            }
        } finally {
            pool.shutdown();
        }
        await("the issuance processor to see both deliveries", () -> tokenPassed());

        assertThat(eventsOfType("org.carbonmrv.api.registry.IssuanceRequestedEvent", report))
                .isEqualTo(1);
        assertThat(eventsOfType("org.carbonmrv.api.registry.CreditsIssuedEvent", report))
                .isEqualTo(1);
        assertThat(issuedFor(report)).isEqualTo(5_000);

        // a restart that lost its place: the issuance processor replays every approval from the start
        var processor = processing
                .eventProcessor("issuance", StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await("the replay", this::tokenPassed);
        assertThat(eventsOfType("org.carbonmrv.api.registry.IssuanceRequestedEvent", report))
                .isEqualTo(1);
        assertThat(eventsOfType("org.carbonmrv.api.registry.CreditsIssuedEvent", report))
                .isEqualTo(1);
        assertThat(issuedFor(report)).isEqualTo(5_000);
    }

    /** Every segment of the issuance processor has passed the newest event in the store (gap-aware tokens: "index"). */
    boolean tokenPassed() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM eventstore.domain_event_entry", Long.class);
        List<String> tokens = jdbc.queryForList("""
                SELECT convert_from(token, 'UTF8') FROM registry_service.token_entry
                WHERE processor_name = 'issuance' AND token IS NOT NULL""", String.class);
        return !tokens.isEmpty()
                && tokens.stream().allMatch(t -> {
                    var m = Pattern.compile("\"index\"\\s*:\\s*(\\d+)").matcher(t);
                    long index = -1;
                    while (m.find()) {
                        index = Math.max(index, Long.parseLong(m.group(1)));
                    }
                    return index >= head;
                });
    }

    @Test
    void serialBlocksPrintInTheCarStyleWithTheProjectsRegistryNumberLocationAndBatch() throws Exception {
        String report = UUID.randomUUID().toString();
        String project = "p-" + report;
        events.publish(new ProjectSubmittedEvent(
                project,
                "Linhai",
                "CM-010",
                "V01",
                "linhai-chem",
                new Facility(List.of(), List.of()),
                "Asia/Shanghai",
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2025, 12, 31),
                new Location("CN", "CN-ZJ")));
        events.publish(new ProjectListedEvent(project));
        await(
                "the project register",
                () -> !jdbc.queryForList(
                                "SELECT number FROM registry_projects WHERE project_id = ? AND number IS NOT NULL",
                                project)
                        .isEmpty());
        int number = jdbc.queryForObject(
                "SELECT number FROM registry_projects WHERE project_id = ?", Integer.class, project);
        approve(report, 1, 100, null);
        await("the issuance", () -> issuedFor(report) == 100);
        approve(report, 2, 150, 1);
        await("the supplementary issuance", () -> issuedFor(report) == 150);
        long first = jdbc.queryForObject(
                "SELECT min(serial_start) FROM serial_blocks WHERE report_id = ?", Long.class, report);
        long second = jdbc.queryForObject(
                "SELECT max(serial_start) FROM serial_blocks WHERE report_id = ?", Long.class, report);

        assertThat(getJson("/api/registry/public/serials/" + first, OWNER)
                        .get("serials")
                        .asText())
                .isEqualTo("CMRV-VCU-CN-" + number + "-HFC23-LINHAICHEM-ZJ-2019-1-" + first + " to " + (first + 99));
        assertThat(getJson("/api/registry/public/serials/" + second, OWNER)
                        .get("serials")
                        .asText())
                .isEqualTo("CMRV-VCU-CN-" + number + "-HFC23-LINHAICHEM-ZJ-2019-2-" + second + " to " + (second + 49));
    }

    MockHttpServletResponse send(String path, RequestPostProcessor who, Object body) throws Exception {
        return http.perform(post(path)
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn()
                .getResponse();
    }

    static String problem(MockHttpServletResponse response) throws Exception {
        return response.getStatus() + " " + response.getContentAsString();
    }

    @Test
    void everyCommandAndItsRefusalsAgainstTheRealDatabase() throws Exception {
        RequestPostProcessor fenghua = user("fenghua-owner", "fenghua-chem", "project-owner", "credit-holder");
        String report = UUID.randomUUID().toString();
        approve(report, 1, 1_000, null, "fenghua-chem");
        await("the issuance", () -> issuedFor(report) == 1_000);
        long first = jdbc.queryForObject(
                "SELECT min(serial_start) FROM serial_blocks WHERE report_id = ?", Long.class, report);
        String main = "holding:fenghua-chem";

        // transfers and their refusals
        assertThat(problem(send(
                        "/api/registry/transfers",
                        fenghua,
                        Map.of("fromAccount", main, "toAccount", main, "quantity", 1))))
                .startsWith("422")
                .contains("transfer-to-itself");
        assertThat(problem(send(
                        "/api/registry/transfers",
                        fenghua,
                        Map.of("fromAccount", main, "toAccount", "holding:juhua-chem", "quantity", 1_001))))
                .startsWith("422")
                .contains("insufficient-credits")
                .contains("\"field\":\"quantity\"");
        assertThat(problem(send(
                        "/api/registry/transfers",
                        fenghua,
                        Map.of(
                                "fromAccount",
                                main,
                                "toAccount",
                                "holding:juhua-chem",
                                "serialStart",
                                first + 900,
                                "serialEnd",
                                first + 1_000))))
                .startsWith("422")
                .contains("serials-not-held");
        assertThat(problem(send(
                        "/api/registry/transfers",
                        fenghua,
                        Map.of("fromAccount", main, "toAccount", "holding:juhua-chem", "quantity", 0))))
                .startsWith("400");
        assertThat(problem(send(
                        "/api/registry/transfers",
                        fenghua,
                        Map.of("fromAccount", main, "toAccount", "holding:nobody:x1", "quantity", 1))))
                .startsWith("422")
                .contains("account-not-found");
        assertThat(send(
                                "/api/registry/transfers",
                                BUYER,
                                Map.of("fromAccount", main, "toAccount", "holding:juhua-chem", "quantity", 1))
                        .getStatus())
                .isEqualTo(403);
        assertThat(problem(send(
                        "/api/registry/transfers",
                        fenghua,
                        Map.of("fromAccount", main, "toAccount", "holding:no-such-org", "quantity", 1))))
                .as("no account is made up for an organisation the registry does not know")
                .startsWith("422")
                .contains("account-not-found");
        assertThat(problem(send(
                        "/api/registry/transfers",
                        fenghua,
                        Map.of("fromAccount", main, "toAccount", "holding:juhua-chem", "quantity", 1.5))))
                .as("a fraction of a credit is refused, not truncated")
                .startsWith("400")
                .contains("\"field\":\"quantity\"");
        assertThat(problem(send(
                        "/api/registry/transfers",
                        fenghua,
                        Map.of("fromAccount", main, "toAccount", "holding:juhua-chem", "quantity", "1e309"))))
                .startsWith("400");

        // accounts: open, rename, suspend, reinstate, close
        String pool = json.readTree(send("/api/registry/accounts", fenghua, Map.of("name", "offset pool"))
                        .getContentAsString())
                .get("id")
                .asText();
        assertThat(send("/api/registry/accounts", fenghua, Map.of("name", "x", "kind", "RETIREMENT"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send("/api/registry/accounts/" + pool + "/name", fenghua, Map.of("name", "customer pool"))
                        .getStatus())
                .isEqualTo(204);
        assertThat(problem(send("/api/registry/accounts/" + pool + "/name", fenghua, Map.of())))
                .startsWith("400")
                .contains("name");
        assertThat(send("/api/registry/accounts/" + pool + "/name", BUYER, Map.of("name", "mine"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(
                                "/api/registry/transfers",
                                fenghua,
                                Map.of("fromAccount", main, "toAccount", pool, "quantity", 100))
                        .getStatus())
                .isEqualTo(201);
        assertThat(problem(send("/api/registry/accounts/" + pool + "/closure", fenghua, Map.of())))
                .startsWith("409")
                .contains("account-not-empty");
        assertThat(send("/api/registry/accounts/" + pool + "/suspension", fenghua, Map.of("reason", "x"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send("/api/registry/accounts/" + pool + "/suspension", REGISTRY, Map.of("reason", "inquiry"))
                        .getStatus())
                .isEqualTo(204);
        assertThat(problem(send(
                        "/api/registry/transfers",
                        fenghua,
                        Map.of("fromAccount", pool, "toAccount", main, "quantity", 1))))
                .startsWith("422")
                .contains("account-suspended");
        assertThat(send(
                                "/api/registry/transfers",
                                fenghua,
                                Map.of("fromAccount", main, "toAccount", pool, "quantity", 1))
                        .getStatus())
                .as("a suspended account receives")
                .isEqualTo(201);
        assertThat(send("/api/registry/accounts/" + pool + "/reinstatement", REGISTRY, Map.of("reason", "cleared"))
                        .getStatus())
                .isEqualTo(204);
        assertThat(send(
                                "/api/registry/transfers",
                                fenghua,
                                Map.of("fromAccount", pool, "toAccount", main, "quantity", 101))
                        .getStatus())
                .isEqualTo(201);
        assertThat(send("/api/registry/accounts/" + pool + "/closure", fenghua, Map.of("reason", "empty"))
                        .getStatus())
                .isEqualTo(204);
        assertThat(problem(send(
                        "/api/registry/transfers",
                        fenghua,
                        Map.of("fromAccount", main, "toAccount", pool, "quantity", 1))))
                .startsWith("422")
                .contains("account-closed");

        // retirement: certificate, refusals, retired serials never move
        var retired = send(
                "/api/registry/retirements",
                fenghua,
                Map.of(
                        "account",
                        main,
                        "serialStart",
                        first,
                        "serialEnd",
                        first + 9,
                        "beneficiary",
                        "Ningbo port authority",
                        "purpose",
                        "voluntary",
                        "jurisdiction",
                        "CN"));
        assertThat(retired.getStatus()).isEqualTo(201);
        String retirement =
                json.readTree(retired.getContentAsString()).get("id").asText();
        assertThat(getJson("/api/registry/public/retirements/" + retirement, OWNER)
                        .get("beneficiary")
                        .asText())
                .isEqualTo("Ningbo port authority");
        assertThat(send("/api/registry/retirements", fenghua, Map.of("account", main, "quantity", 1))
                        .getStatus())
                .isEqualTo(400);
        assertThat(send("/api/registry/retirements", BUYER, Map.of("account", main, "quantity", 1, "beneficiary", "x"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(problem(send(
                        "/api/registry/transfers",
                        fenghua,
                        Map.of(
                                "fromAccount",
                                main,
                                "toAccount",
                                "holding:juhua-chem",
                                "serialStart",
                                first,
                                "serialEnd",
                                first))))
                .startsWith("422")
                .contains("retired");

        // cancellation is the registry's, with a known kind
        assertThat(send(
                                "/api/registry/cancellations",
                                fenghua,
                                Map.of("account", main, "quantity", 5, "kind", "administrative", "reason", "x"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(problem(send(
                        "/api/registry/cancellations",
                        REGISTRY,
                        Map.of("account", main, "quantity", 5, "kind", "bogus", "reason", "x"))))
                .startsWith("400")
                .contains("kind");
        assertThat(send(
                                "/api/registry/cancellations",
                                REGISTRY,
                                Map.of(
                                        "account",
                                        main,
                                        "quantity",
                                        5,
                                        "kind",
                                        "compliance",
                                        "reason",
                                        "surrendered under the provincial ETS"))
                        .getStatus())
                .isEqualTo(201);

        // issuance requests are the registry's to approve
        assertThat(send("/api/registry/issuance-requests/x/approval", fenghua, Map.of())
                        .getStatus())
                .isEqualTo(403);
        assertThat(send("/api/registry/issuance-requests/nothing-like-it/approval", REGISTRY, Map.of())
                        .getStatus())
                .isEqualTo(404);

        // the public views agree with what happened
        JsonNode byVintage = getJson("/api/registry/public/projects/p-" + report + "?vintage=2019", OWNER)
                .get(0);
        assertThat(byVintage.get("issued").asLong()).isEqualTo(1_000);
        assertThat(byVintage.get("retired").asLong()).isEqualTo(10);
        assertThat(byVintage.get("cancelled").asLong()).isEqualTo(5);
        assertThat(byVintage.get("live").asLong()).isEqualTo(985);
        String csv = http.perform(get("/api/registry/public/cancellations?format=csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).contains("compliance").contains("surrendered under the provincial ETS");
        assertThat(getJson("/api/registry/public/retirements?project=p-" + report + "&vintage=2019", OWNER)
                        .get("items")
                        .findValuesAsText("beneficiary"))
                .containsExactly("Ningbo port authority");
        assertThat(getJson("/api/registry/public/retirements?project=p-" + report + "&vintage=2020", OWNER)
                        .get("items"))
                .isEmpty();
        assertThat(getJson("/api/registry/public/cancellations?project=p-" + report, OWNER)
                        .get("items")
                        .findValuesAsText("kind"))
                .containsExactly("compliance");
        assertThat(getJson("/api/registry/public/issuances?project=p-" + report, OWNER)
                        .get("items")
                        .findValuesAsText("quantity"))
                .containsExactly("1000");
        assertThat(http.perform(get("/api/registry/public/issuances?project=p-" + report + "&format=csv"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .startsWith("serials,serialStart,serialEnd,quantity,state,vintage,projectId")
                .contains(",1000,ISSUED,2019,");
        assertThat(http.perform(get("/api/registry/public/serials/999999999"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(http.perform(get("/api/registry/accounts"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("accounts need a token")
                .isEqualTo(401);
    }

    @Test
    void transfersRacingForOneAccountNeverOverdrawIt() throws Exception {
        String report = UUID.randomUUID().toString();
        approve(report, 1, 100, null);
        await("the issuance", () -> issuedFor(report) == 100);
        long before = getJson("/api/registry/accounts", OWNER)
                .get("items")
                .get(0)
                .get("balance")
                .asLong();
        long each = before / 3 + 1; // three of these exceed the balance: at most two can succeed

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> transfers = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                Callable<Integer> transfer = () -> postStatus(
                        "/api/registry/transfers",
                        OWNER,
                        Map.of(
                                "fromAccount",
                                "holding:linhai-chem",
                                "toAccount",
                                "holding:juhua-chem",
                                "quantity",
                                each));
                transfers.add(pool.submit(transfer));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> t : transfers) {
                statuses.add(t.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
            assertThat(statuses).filteredOn(s -> s == 422).hasSize(4);
        } finally {
            pool.shutdown();
        }
        assertThat(getJson("/api/registry/accounts", OWNER)
                        .get("items")
                        .get(0)
                        .get("balance")
                        .asLong())
                .isEqualTo(before - 2 * each);
    }

    @Test
    void aCorrectedReportWithFewerReductionsIsReversedAndWhatWasSoldBecomesALiabilityTheOwnerSettles()
            throws Exception {
        String report = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        approve(report, 1, 1_000, null);
        approve(other, 1, 2_000, null);
        await("both issuances", () -> issuedFor(report) == 1_000 && issuedFor(other) == 2_000);
        long first = jdbc.queryForObject(
                "SELECT min(serial_start) FROM serial_blocks WHERE report_id = ?", Long.class, report);
        // the owner sells 700 of the report's credits
        assertThat(postStatus(
                        "/api/registry/transfers",
                        OWNER,
                        Map.of(
                                "fromAccount",
                                "holding:linhai-chem",
                                "toAccount",
                                "holding:juhua-chem",
                                "serialStart",
                                first + 300,
                                "serialEnd",
                                first + 999)))
                .isEqualTo(201);

        approve(report, 2, 500, 1);
        await(
                "the reversal",
                () -> !jdbc.queryForList("SELECT id FROM reversals WHERE report_id = ?", report)
                        .isEmpty());
        approve(report, 1, 1_000, null); // an old approval delivered again changes nothing

        JsonNode reversal = StreamSupport.stream(
                        getJson("/api/registry/reversals", OWNER).get("items").spliterator(), false)
                .filter(r -> r.get("reportId").asText().equals(report))
                .findFirst()
                .orElseThrow();
        assertThat(reversal.get("shortfall").asLong()).isEqualTo(500);
        assertThat(reversal.get("cancelled").asLong()).isEqualTo(300);
        assertThat(reversal.get("liability").asLong()).isEqualTo(200);
        assertThat(reversal.get("reason").asText()).isEqualTo("version 2 verifies 500 tCO2e where 1000 were credited");
        assertThat(getJson("/api/registry/reversals", BUYER).get("items").findValuesAsText("reportId"))
                .doesNotContain(report);
        assertThat(getJson("/api/registry/reversals", AUDITOR).get("items").findValuesAsText("reportId"))
                .contains(report);
        assertThat(getJson("/api/registry/public/cancellations", OWNER)
                        .get("items")
                        .findValuesAsText("kind"))
                .contains("reversal");
        JsonNode publicSerial = getJson("/api/registry/public/serials/" + (first + 299), OWNER);
        assertThat(publicSerial.get("state").asText()).isEqualTo("CANCELLED");
        assertThat(getJson("/api/registry/public/serials/" + (first + 300), OWNER)
                        .get("accountId")
                        .asText())
                .as("sold credits stay with the buyer")
                .isEqualTo("holding:juhua-chem");

        String settle = "/api/registry/liabilities/" + report + "/settlements";
        assertThat(postStatus(settle, OWNER, Map.of("account", "holding:linhai-chem", "quantity", 201)))
                .isEqualTo(422);
        assertThat(postStatus(settle, BUYER, Map.of("account", "holding:juhua-chem", "quantity", 200)))
                .isEqualTo(403);
        assertThat(postStatus(settle, REGISTRY, Map.of("account", "holding:linhai-chem", "quantity", 200)))
                .isEqualTo(403);
        assertThat(postStatus(settle, OWNER, Map.of("account", "holding:linhai-chem", "quantity", 0)))
                .isEqualTo(400);
        assertThat(postStatus(settle, OWNER, Map.of("account", "holding:linhai-chem", "quantity", 200)))
                .isEqualTo(201);
        assertThat(postStatus(settle, OWNER, Map.of("account", "holding:linhai-chem", "quantity", 1)))
                .isEqualTo(409);
        JsonNode liability = StreamSupport.stream(
                        getJson("/api/registry/liabilities", OWNER).get("items").spliterator(), false)
                .filter(l -> l.get("reportId").asText().equals(report))
                .findFirst()
                .orElseThrow();
        assertThat(liability.get("outstanding").asLong()).isZero();

        long issued = jdbc.queryForObject("SELECT sum(quantity) FROM serial_blocks", Long.class);
        long byState = jdbc.queryForObject("""
                SELECT sum(quantity) FILTER (WHERE state = 'LIVE') + coalesce(sum(quantity) FILTER (WHERE state = 'RETIRED'), 0)
                       + coalesce(sum(quantity) FILTER (WHERE state = 'CANCELLED'), 0) FROM serial_blocks""", Long.class);
        assertThat(byState).as("live + retired + cancelled = issued").isEqualTo(issued);
        assertThat(eventsOfType("org.carbonmrv.api.registry.CreditsReversedEvent", report))
                .isEqualTo(1);
    }

    @Test
    void theReadModelsRebuiltFromTheEventStoreEqualTheLiveOnesRowForRow() throws Exception {
        String report = UUID.randomUUID().toString();
        approve(report, 1, 100, null);
        await("the issuance", () -> issuedFor(report) == 100);
        long first = jdbc.queryForObject(
                "SELECT min(serial_start) FROM serial_blocks WHERE report_id = ?", Long.class, report);
        for (int i = 0; i < 8; i++) {
            assertThat(postStatus(
                            "/api/registry/transfers",
                            OWNER,
                            transfer("holding:linhai-chem", "holding:juhua-chem", first + 2 * i, first + 2 * i)))
                    .isEqualTo(201);
        }
        // a block moved whole, part of it back from inside, and that part retired and cancelled in pieces
        assertThat(postStatus(
                        "/api/registry/transfers",
                        OWNER,
                        transfer("holding:linhai-chem", "holding:juhua-chem", first + 20, first + 29)))
                .isEqualTo(201);
        assertThat(postStatus(
                        "/api/registry/transfers",
                        BUYER,
                        transfer("holding:juhua-chem", "holding:linhai-chem", first + 22, first + 25)))
                .isEqualTo(201);
        assertThat(postStatus(
                        "/api/registry/retirements",
                        OWNER,
                        Map.of(
                                "account",
                                "holding:linhai-chem",
                                "serialStart",
                                first + 23,
                                "serialEnd",
                                first + 24,
                                "beneficiary",
                                "Ningbo port authority")))
                .isEqualTo(201);
        assertThat(postStatus(
                        "/api/registry/cancellations",
                        REGISTRY,
                        Map.of(
                                "account",
                                "holding:juhua-chem",
                                "quantity",
                                2,
                                "kind",
                                "compliance",
                                "reason",
                                "surrendered")))
                .isEqualTo(201);
        Map<String, List<String>> live = new TreeMap<>();
        for (String table : List.of("serial_blocks", "retirements", "cancellations", "accounts", "registry_projects")) {
            live.put(table, rowsOf(table));
        }

        JsonNode rebuilt = json.readTree(http.perform(post("/api/registry/operations/read-models/rebuild")
                        .with(user("operator", "mrv-platform", "platform-operator")))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(rebuilt.get("tables").toString()).contains("serial_blocks", "retirements", "cancellations");
        assertThat(live.get("serial_blocks")).hasSizeGreaterThan(10);
        for (Map.Entry<String, List<String>> table : live.entrySet()) {
            assertThat(rowsOf(table.getKey()))
                    .as("%s rebuilt from the events", table.getKey())
                    .isEqualTo(table.getValue());
        }
        assertThat(rebuilt.get("events").asLong()).isGreaterThan(10);
    }

    private static Map<String, Object> transfer(String from, String to, long start, long end) {
        return Map.of("fromAccount", from, "toAccount", to, "serialStart", start, "serialEnd", end);
    }

    private List<String> rowsOf(String table) {
        return jdbc.queryForList("SELECT t::text FROM registry_service." + table + " t ORDER BY 1", String.class);
    }
}
