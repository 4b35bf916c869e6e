package org.carbonmrv.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.carbonmrv.launcher.LinhaiChain;
import org.carbonmrv.launcher.MrvClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code mrv bench webhooks [--events N]}: N credit movements of the Linhai project (one-credit
 * transfers, each an event of the project's owner) delivered to ten endpoints of the owner, nine
 * answered by local receivers and one dead (nothing listens at its port). For the live ones: how
 * fast they were served, and the time from each event's commit to its arrival (p50, p99); for the
 * dead one, how often it was tried meanwhile.
 */
final class WebhookBenchmark {

    private static final int LIVE = 9;

    private WebhookBenchmark() {}

    static void run(long events) throws Exception {
        try (BenchRun run = new BenchRun(Map.of("MRV_WEBHOOK_FIRST_RETRY", "PT1S"))) {
            LinhaiChain chain = run.chain;
            run.issueCreditsAndOpenTheBuyersAccount();
            List<Receiver> receivers = new ArrayList<>();
            for (int i = 0; i < LIVE; i++) {
                receivers.add(new Receiver());
            }
            String owner = chain.token(LinhaiChain.OWNER);
            for (Receiver receiver : receivers) {
                register(run.client, owner, receiver.url());
            }
            String dead = register(run.client, owner, "http://127.0.0.1:" + closedPort() + "/hook");

            System.out.printf("%,d transfers, each delivered to %d live endpoints and a dead one ...%n", events, LIVE);
            long started = System.nanoTime();
            RegistryBenchmark.bulk(run, new RegistryBenchmark.Tokens(run), events, new AtomicLong());
            double moved = (System.nanoTime() - started) / 1e9;
            System.out.printf("transfers done in %.1f s (%,.0f a second)%n", moved, events / moved);
            for (Receiver receiver : receivers) {
                receiver.await(events, Duration.ofMinutes(15));
            }
            double delivered = (System.nanoTime() - started) / 1e9;
            double[] latencies = receivers.stream()
                    .flatMap(r -> r.latencies.stream())
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            long duplicates = receivers.stream()
                    .mapToLong(r -> r.received.get() - r.ids.size())
                    .sum();
            JsonNode deadLog = LinhaiChain.expect(
                    200, run.client.get("/api/webhooks/endpoints/" + dead + "/deliveries?size=1000", owner));
            System.out.printf(
                    "webhooks: %,d events to each of %d live endpoints in %.1f s from the first transfer, %,.0f deliveries/s"
                            + " in all; from commit to arrival p50 %.0f ms, p99 %.0f ms; %d delivered twice; the dead endpoint"
                            + " tried %d times meanwhile%n",
                    events,
                    LIVE,
                    delivered,
                    LIVE * events / delivered,
                    percentile(latencies, 0.5),
                    percentile(latencies, 0.99),
                    duplicates,
                    deadLog.size());
            receivers.forEach(Receiver::close);
        }
    }

    private static String register(MrvClient client, String token, String url) throws Exception {
        return LinhaiChain.expect(
                        201,
                        client.post(
                                "/api/webhooks/endpoints",
                                token,
                                Map.of("url", url, "kinds", List.of("CreditsTransferredEvent"))))
                .get("id")
                .asText();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0
                ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    /** A receiver that takes everything, remembering each event once and how long after its commit it came. */
    private static final class Receiver implements AutoCloseable {
        private final HttpServer server;
        final Set<String> ids = ConcurrentHashMap.newKeySet();
        final AtomicLong received = new AtomicLong();
        final ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(2));
            server.createContext("/hook", exchange -> {
                JsonNode body =
                        MrvClient.JSON.readTree(exchange.getRequestBody().readAllBytes());
                received.incrementAndGet();
                if (ids.add(body.get("data").get("id").asText())) {
                    Instant committed =
                            Instant.parse(body.get("data").get("time").asText());
                    latencies.add(Duration.between(committed, Instant.now()).toNanos() / 1e6);
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void await(long events, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (ids.size() < events) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            url() + " got " + ids.size() + " of " + events + " events in " + within);
                }
                Thread.sleep(200);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
