package org.carbonmrv.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.launcher.Database;
import org.carbonmrv.launcher.LinhaiCase;
import org.carbonmrv.launcher.LinhaiChain;
import org.carbonmrv.launcher.MrvClient;
import org.carbonmrv.launcher.Platform;
import org.carbonmrv.launcher.Ports;
import org.carbonmrv.platform.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service as two instances on one database, each set behind its own gateway: requests go to
 * the two in turn, tracking processors share the work through the token store, and commands on the
 * one registry ledger from both instances never overdraw it or issue twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    static Platform platform;
    static LinhaiChain chain;
    static MrvClient client;
    static TestDatabase database;

    @BeforeAll
    static void startTwoInstancesOfEveryService() throws Exception {
        Path home = Platform.findHome();
        TestDatabase database = TestDatabase.get().another();
        TwoInstancesIT.database = database;
        // pooled processors have 16 segments: each instance claims half, so both do work
        platform = new Platform(
                        home,
                        Ports.forReplicas(),
                        Database.external(database.url(), database.user(), database.password()),
                        "e2e")
                .withLogs("e2e-two-instances")
                .withSetting("MRV_MAX_CLAIMED_SEGMENTS", "8");
        platform.start();
        platform.startSecondInstances(Ports.forSecondReplicas());
        client = new MrvClient(
                List.of(
                        Ports.forReplicas().gatewayUrl(),
                        Ports.forSecondReplicas().gatewayUrl()),
                Ports.forReplicas().keycloakUrl());
        chain = new LinhaiChain(client, LinhaiCase.load(LinhaiCase.defaultSource(home)));
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void theLinhaiChainPassesWithRequestsAlternatingBetweenTheInstances() throws Exception {
        chain.run();
        JsonNode account = chain.awaitIssuedAccount(Duration.ofSeconds(90));
        assertThat(account.get("balance").asLong()).isEqualTo(3_999_500);
        JsonNode issuances = LinhaiChain.expect(200, client.get("/api/registry/public/issuances", null))
                .get("items");
        assertThat(issuances.findValuesAsText("reportId"))
                .as("issued once, whichever instance took the approval")
                .containsExactly(chain.reportId);
    }

    @Test
    @Order(2)
    void transfersSentToBothInstancesAtOnceNeverOverdrawNorGetLost() throws Exception {
        String owner = chain.token(LinhaiChain.OWNER);
        LinhaiChain.expect(
                201, client.post("/api/registry/accounts", chain.token("juhua-owner"), Map.of("name", "buyer")));
        HttpClient http = HttpClient.newHttpClient();
        String transfer =
                "{\"fromAccount\": \"holding:linhai-chem\", \"toAccount\": \"holding:juhua-chem\", \"quantity\": 7}";
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int port = i % 2 == 0
                    ? Ports.forReplicas().registry()
                    : Ports.forSecondReplicas().registry();
            answers.add(senders.submit(() -> http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/registry/transfers"))
                                    .header("Authorization", "Bearer " + owner)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(transfer))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode()));
        }
        int moved = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertThat(status)
                    .as("a transfer either happens or is told to retry")
                    .isIn(201, 409);
            moved += status == 201 ? 7 : 0;
        }
        senders.shutdown();
        assertThat(moved).as("most of them happen").isGreaterThan(0);
        JsonNode juhua = LinhaiChain.expect(200, client.get("/api/registry/accounts", chain.token("juhua-owner")))
                .get("items")
                .get(0);
        assertThat(juhua.get("balance").asLong()).isEqualTo(moved);
        JsonNode linhai = LinhaiChain.expect(200, client.get("/api/registry/accounts", owner))
                .get("items")
                .get(0);
        assertThat(linhai.get("balance").asLong()).isEqualTo(3_999_500 - moved);
    }

    @Test
    @Order(3)
    void eachInstanceClaimsItsShareOfEveryPooledProcessor() throws Exception {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
                ResultSet rs = c.createStatement().executeQuery("""
                     SELECT processor_name, count(DISTINCT owner) FROM registry_service.token_entry
                     WHERE owner IS NOT NULL GROUP BY processor_name""")) {
            Map<String, Long> owners = new HashMap<>();
            while (rs.next()) {
                owners.put(rs.getString(1), rs.getLong(2));
            }
            assertThat(owners).containsEntry("issuance", 2L);
        }
    }
}
