package org.carbonmrv.bench;

import org.carbonmrv.launcher.LinhaiChain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
            LinhaiChain chain = run.chain;
            System.out.println("issuing the Linhai credits ...");
            chain.verifyAndIssue();
            LinhaiChain.expect(
                    201,
                    run.client.post("/api/registry/accounts", chain.token("juhua-owner"), Map.of("name", "buyer")));

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
        }
    }

    /** Owner tokens last 15 minutes; the bulk takes longer. */
    private static final class Tokens {
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

    private static void bulk(BenchRun run, Tokens tokens, long until, AtomicLong done) throws Exception {
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
