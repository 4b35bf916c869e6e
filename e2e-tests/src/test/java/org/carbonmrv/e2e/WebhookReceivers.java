package org.carbonmrv.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.carbonmrv.api.webhooks.WebhookSignature;
import org.carbonmrv.launcher.LinhaiChain;
import org.carbonmrv.launcher.MrvClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Local receivers of webhooks: Linhai's, which answers 500 twice before it takes anything, gets
 * its organisation's whole history, each delivery signed with the endpoint's secret, the same
 * events as the feed; Juhua's gets none of Linhai's but the credits moved into or out of its accounts; one that answers 410 is disabled.
 */
final class WebhookReceivers {

    /** One received request: its headers of the Standard Webhooks and its body. */
    record Received(String id, String timestamp, String signature, String body, int answered) {}

    private final MrvClient client;
    private final LinhaiChain chain;

    WebhookReceivers(MrvClient client, LinhaiChain chain) {
        this.client = client;
        this.chain = chain;
    }

    void run() throws Exception {
        try (Receiver linhai = new Receiver(2, 200);
                Receiver juhua = new Receiver(0, 200);
                Receiver gone = new Receiver(0, 410)) {
            String linhaiOwner = chain.token(LinhaiChain.OWNER);
            String secret = register(linhaiOwner, linhai, "start").get("secret").asText();
            String juhuaSecret = register(chain.token("juhua-owner"), juhua, "start")
                    .get("secret")
                    .asText();
            String goneId = register(linhaiOwner, gone, "start").get("id").asText();

            List<String> feed = new ArrayList<>();
            LinhaiChain.expect(200, client.get("/api/events?after=0&size=1000", chain.token("linhai-dcs")))
                    .get("events")
                    .forEach(e -> feed.add(e.get("id").asText()));
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> linhai.delivered().containsAll(feed));

            assertThat(List.copyOf(linhai.delivered()).subList(0, feed.size()))
                    .as("in the feed's order, each once")
                    .containsExactlyElementsOf(feed);
            assertThat(linhai.requests.subList(0, 3))
                    .as("the first event answered 500 twice, then taken")
                    .extracting(Received::id, Received::answered)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(feed.get(0), 500),
                            org.assertj.core.groups.Tuple.tuple(feed.get(0), 500),
                            org.assertj.core.groups.Tuple.tuple(feed.get(0), 200));
            for (Received r : linhai.requests) {
                String expected = WebhookSignature.sign(secret, r.id(), Long.parseLong(r.timestamp()), r.body());
                assertThat(Arrays.asList(r.signature().split(" ")))
                        .as("signature of " + r.id())
                        .contains(expected);
                JsonNode body = MrvClient.JSON.readTree(r.body());
                assertThat(body.get("data").get("id").asText()).isEqualTo(r.id());
                JsonNode subject = body.get("data").get("subject");
                if (subject.isNull()) {
                    // the organisation's own registry account concerns no project
                    assertThat(body.get("type").asText()).startsWith("Account");
                } else {
                    assertThat(subject.asText()).isEqualTo(chain.projectId);
                }
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> !juhua.requests.isEmpty());
            for (Received r : juhua.requests) {
                assertThat(WebhookSignature.sign(juhuaSecret, r.id(), Long.parseLong(r.timestamp()), r.body()))
                        .isEqualTo(r.signature());
                JsonNode event = MrvClient.JSON.readTree(r.body()).get("data");
                if (event.get("subject").asText().equals(chain.projectId)) {
                    movesTheBuyersCredits(event);
                }
            }

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> status(linhaiOwner, goneId).equals("disabled"));
            assertThat(gone.requests).hasSize(1);
        }
    }

    /** Of Linhai's events, Juhua's sees only a movement of credits into or out of one of its accounts. */
    static void movesTheBuyersCredits(JsonNode event) {
        assertThat(event.get("type").asText())
                .as("a private event of Linhai's sent to Juhua")
                .isIn(
                        "org.carbonmrv.CreditsTransferredEvent",
                        "org.carbonmrv.CreditsRetiredEvent",
                        "org.carbonmrv.CreditsCancelledEvent",
                        "org.carbonmrv.CreditsReversedEvent",
                        "org.carbonmrv.LiabilitySettledEvent");
        assertThat(event.get("data").toString()).contains("juhua");
    }

    private JsonNode register(String token, Receiver receiver, String from) throws Exception {
        return LinhaiChain.expect(
                201,
                client.post(
                        "/api/webhooks/endpoints",
                        token,
                        Map.of("url", receiver.url(), "kinds", List.of("*"), "from", from)));
    }

    private String status(String token, String endpointId) throws Exception {
        for (JsonNode e : LinhaiChain.expect(200, client.get("/api/webhooks/endpoints", token))) {
            if (e.get("id").asText().equals(endpointId)) {
                return e.get("status").asText();
            }
        }
        return "missing";
    }

    /** A small HTTP server answering {@code failFirst} requests 500, then {@code status}. */
    private static final class Receiver implements AutoCloseable {
        private final HttpServer server;
        final List<Received> requests = new CopyOnWriteArrayList<>();
        private final AtomicInteger failures;

        Receiver(int failFirst, int status) throws IOException {
            failures = new AtomicInteger(failFirst);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int answer = failures.getAndDecrement() > 0 ? 500 : status;
                requests.add(new Received(
                        exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"),
                        body,
                        answer));
                exchange.sendResponseHeaders(answer, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        /** The ids it took (answered 2xx), in the order it took them. */
        Set<String> delivered() {
            Set<String> ids = new LinkedHashSet<>();
            requests.stream().filter(r -> r.answered() == 200).forEach(r -> ids.add(r.id()));
            return ids;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
