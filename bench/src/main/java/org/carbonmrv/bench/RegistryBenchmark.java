package org.carbonmrv.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.launcher.LinhaiChain;
import org.carbonmrv.launcher.MrvClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code mrv bench registry [--movements N]}: does a transfer cost more when the registry has a
 * long history? The Linhai credits are issued, then one-credit transfers from the owner to a
 * buyer, each leaving a block of its own in the buyer's account, build the history; the median of
 * 200 timed transfers after 1,000 movements is compared with the median after N (100,000).
 * Transfers go straight to the registry-service, so the gateway's rate limit does not pace them.
 */
final class RegistryBenchmark {

    private static final int TIMED = 200;
    private static final int SENDERS = 4;
    private static final String TRANSFER = """
            {"fromAccount": "holding:linhai-chem", "toAccount": "holding:juhua-chem", "quantity": 1}""";

    private RegistryBenchmark() {}

    static void run(long movements) throws Exception {
        try (BenchRun run = new BenchRun()) {
            run.issueCreditsAndOpenTheBuyersAccount();

            AtomicLong done = new AtomicLong();
            Tokens tokens = new Tokens(run);
            bulk(run, tokens, 1_000, done);
            double early = medianOfTimed(run, tokens, done);
            System.out.printf("after %,d movements: median transfer %.1f ms%n", done.get(), early);
            long started = System.nanoTime();
            bulk(run, tokens, movements, done);
            System.out.printf("%,d movements in %.0f s%n", done.get(), (System.nanoTime() - started) / 1e9);
            double late = medianOfTimed(run, tokens, done);
            System.out.printf("after %,d movements: median transfer %.1f ms%n", done.get(), late);
            System.out.printf("ratio %.2f (target <= 1.5)%n", late / early);
            rebuild(run);
        }
    }

    /**
     * The registry's read models rebuilt from the store the movements filled, against a plain
     * ordered read of the same events (target: the rebuild at 25 % of the read's rate or more).
     * The read is timed once the database has the rows in its cache; the rebuild three times, the
     * first with the service's replay code not yet compiled.
     */
    static void rebuild(BenchRun run) throws Exception {
        long events;
        double plain;
        try (Connection connection = run.database.connect()) {
            connection.setAutoCommit(false);
            AuditBenchmark.plainRead(connection);
            long started = System.nanoTime();
            events = AuditBenchmark.plainRead(connection);
            plain = events / ((System.nanoTime() - started) / 1e9);
        }
        System.out.printf("plain ordered read of the %,d events %,.0f events/s%n", events, plain);
        for (int time = 1; time <= 3; time++) {
            JsonNode rebuilt = rebuildOnce(run);
            double rate =
                    rebuilt.get("events").asLong() / (rebuilt.get("millis").asLong() / 1000.0);
            System.out.printf(
                    "rebuild %d: the registry's read models rebuilt from them in %,d ms, %,.0f events/s (%s) = %.0f %%"
                            + " of the plain read (target >= 25 %%)%n",
                    time, rebuilt.get("millis").asLong(), rate, rebuilt.get("tables"), 100 * rate / plain);
        }
    }

    private static JsonNode rebuildOnce(BenchRun run) throws Exception {
        // straight to the service, with time to spare: a rebuild answers when it has committed
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + run.ports.registry()
                                        + "/api/registry/operations/read-models/rebuild"))
                                .timeout(Duration.ofMinutes(30))
                                .header("Authorization", "Bearer " + run.chain.token("platform-operator"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the rebuild answered " + answer.statusCode() + ": " + answer.body());
        }
        return MrvClient.JSON.readTree(answer.body());
    }

    /** Owner tokens last 15 minutes; the bulk takes longer. */
    static final class Tokens {
        private final BenchRun run;
        private String token;
        private long fetchedAt;

        Tokens(BenchRun run) {
            this.run = run;
        }

        synchronized String owner() throws Exception {
            if (token == null
                    || System.nanoTime() - fetchedAt > Duration.ofMinutes(5).toNanos()) {
                token = run.client.userToken(LinhaiChain.OWNER);
                fetchedAt = System.nanoTime();
            }
            return token;
        }
    }

    static void bulk(BenchRun run, Tokens tokens, long until, AtomicLong done) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                running.add(senders.submit(() -> {
                    while (done.getAndIncrement() < until) {
                        send(run, tokens);
                    }
                    done.decrementAndGet();
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            senders.shutdownNow();
        }
    }

    private static void send(BenchRun run, Tokens tokens) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                run.timedPost(run.ports.registry(), "/api/registry/transfers", tokens.owner(), TRANSFER);
                return;
            } catch (IllegalStateException refused) {
                // two senders on one ledger: the second is told 409 and retries, as a client would
                if (attempt > 5) {
                    throw refused;
                }
            }
        }
    }

    private static double medianOfTimed(BenchRun run, Tokens tokens, AtomicLong done) throws Exception {
        double[] millis = new double[TIMED];
        for (int i = 0; i < TIMED; i++) {
            millis[i] = run.timedPost(run.ports.registry(), "/api/registry/transfers", tokens.owner(), TRANSFER);
            done.incrementAndGet();
        }
        Arrays.sort(millis);
        return (millis[TIMED / 2 - 1] + millis[TIMED / 2]) / 2;
    }
}
