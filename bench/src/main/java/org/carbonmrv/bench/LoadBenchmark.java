package org.carbonmrv.bench;

import org.carbonmrv.launcher.LinhaiChain;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code mrv bench load [--clients N] [--seconds S]}: many organisations at once. After the Linhai
 * case has been issued, N clients (100) send for S seconds (60) a mix of what owners, verifiers,
 * the public and the plant's machine client do: project, period aggregates, a report version,
 * accounts, the public listing and issuances, and small uploads of one-minute readings. First
 * through the gateway (and two pages of the portal, signed in as the owner), then the same reads
 * straight to the services (the pages straight to the portal). Per class: requests per
 * second, p50, p99, errors (429s counted apart).
 */
final class LoadBenchmark {

    /** @param portal a page of the portal, loaded with the user's portal session instead of a token */
    private record Kind(String name, String user, String path, int port, boolean upload, boolean portal) {

        Kind(String name, String user, String path, int port, boolean upload) {
            this(name, user, path, port, upload, false);
        }
    }

    private static final class Tally {
        final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        final LongAdder errors = new LongAdder();
        final LongAdder limited = new LongAdder();
        final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();

        void error(String kind) {
            errors.increment();
            errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
    }

    private LoadBenchmark() {}

    static void run(int clients, int seconds) throws Exception {
        try (BenchRun run = new BenchRun()) {
            LinhaiChain chain = run.chain;
            System.out.println("issuing the Linhai credits ...");
            chain.verifyAndIssue();
            // the next period receives the machine client's uploads, a minute each, so none overlaps another
            String next = LinhaiChain.expect(
                            201,
                            run.client.post(
                                    "/api/projects/" + chain.projectId + "/reporting-periods",
                                    chain.token(LinhaiChain.OWNER),
                                    Map.of("start", "2020-01-01", "end", "2020-12-31")))
                    .get("id")
                    .asText();
            String uploads =
                    "/api/monitoring/projects/" + chain.projectId + "/reporting-periods/" + next + "/reading-batches";

            String project = "/api/projects/" + chain.projectId;
            String aggregates = "/api/monitoring/projects/" + chain.projectId + "/reporting-periods/" + chain.periodId
                    + "/aggregates";
            String version = "/api/calculations/reports/" + chain.reportId + "/versions/" + chain.version;
            List<Kind> reads = List.of(
                    new Kind("owner: project", LinhaiChain.OWNER, project, run.ports.project(), false),
                    new Kind("owner: aggregates", LinhaiChain.OWNER, aggregates, run.ports.monitoring(), false),
                    new Kind("verifier: report version", LinhaiChain.VERIFIER, version, run.ports.calculation(), false),
                    new Kind("verifier: project", LinhaiChain.VERIFIER, project, run.ports.project(), false),
                    new Kind(
                            "owner: accounts",
                            LinhaiChain.OWNER,
                            "/api/registry/accounts",
                            run.ports.registry(),
                            false),
                    new Kind("public: projects", null, "/api/projects/public", run.ports.project(), false),
                    new Kind("public: issuances", null, "/api/registry/public/issuances", run.ports.registry(), false),
                    new Kind("portal: owner's home", LinhaiChain.OWNER, "/", run.ports.portal(), false, true),
                    new Kind(
                            "portal: project page",
                            LinhaiChain.OWNER,
                            "/projects/" + chain.projectId,
                            run.ports.portal(),
                            false,
                            true));
            Kind upload = new Kind("integrator: upload", "linhai-dcs", uploads, run.ports.monitoring(), true);
            Map<String, String> tokens = new ConcurrentHashMap<>();
            for (String user : List.of(LinhaiChain.OWNER, LinhaiChain.VERIFIER, "linhai-dcs")) {
                tokens.put(user, chain.token(user));
            }
            Map<String, String> portalSessions = new ConcurrentHashMap<>();
            portalSessions.put(LinhaiChain.OWNER, PortalSession.signIn(run.ports.gatewayUrl(), LinhaiChain.OWNER));
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(Executors.newFixedThreadPool(8))
                    .build();
            AtomicInteger minute = new AtomicInteger();
            System.out.println("warming up ...");
            drive(http, run, reads, upload, tokens, portalSessions, minute, clients, 15, true);
            System.out.printf("%n%d clients for %d s through the gateway:%n", clients, seconds);
            print(drive(http, run, reads, upload, tokens, portalSessions, minute, clients, seconds, true), seconds);
            System.out.printf(
                    "%n%d clients for %d s straight to the services (reads only, and the uploads):%n",
                    clients, seconds);
            print(drive(http, run, reads, upload, tokens, portalSessions, minute, clients, seconds, false), seconds);
        }
    }

    private static Map<String, Tally> drive(
            HttpClient http,
            BenchRun run,
            List<Kind> reads,
            Kind upload,
            Map<String, String> tokens,
            Map<String, String> portalSessions,
            AtomicInteger minute,
            int clients,
            int seconds,
            boolean gateway)
            throws Exception {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        reads.forEach(k -> tallies.put(k.name(), new Tally()));
        tallies.put(upload.name(), new Tally());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    // one request in ten is a small upload, the rest reads
                    Kind kind = ThreadLocalRandom.current().nextInt(10) == 0
                            ? upload
                            : reads.get(ThreadLocalRandom.current().nextInt(reads.size()));
                    Tally tally = tallies.get(kind.name());
                    String base = gateway ? run.ports.gatewayUrl() : "http://127.0.0.1:" + kind.port();
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + kind.path()))
                            .timeout(Duration.ofSeconds(30));
                    if (kind.portal()) {
                        request.header("Cookie", portalSessions.get(kind.user()));
                    } else if (kind.user() != null) {
                        request.header("Authorization", "Bearer " + tokens.get(kind.user()));
                    }
                    if (kind.upload()) {
                        int m = minute.getAndIncrement();
                        LocalDateTime from = LocalDateTime.of(2020, 1, 1, 0, 0).plusMinutes(m);
                        request.header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "parameter,source,from,to,value,unit\nQ_FF,lng," + from + ","
                                                + from.plusMinutes(1) + ",0.001,t\n"));
                    }
                    long started = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response =
                                http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                        int status = response.statusCode();
                        if (status == 429) {
                            tally.limited.increment();
                        } else if (status >= 400) {
                            tally.error(String.valueOf(status));
                        } else {
                            tally.nanos.add(System.nanoTime() - started);
                        }
                    } catch (Exception e) {
                        tally.error(e.getClass().getSimpleName());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return tallies;
    }

    private static void print(Map<String, Tally> tallies, int seconds) {
        System.out.printf(
                "  %-26s %9s %9s %9s %7s %7s  %s%n",
                "class", "req/s", "p50 ms", "p99 ms", "errors", "429s", "errors by kind");
        tallies.forEach((name, t) -> {
            long[] sorted = t.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    "  %-26s %9.1f %9.1f %9.1f %7d %7d  %s%n",
                    name,
                    sorted.length / (double) seconds,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.99),
                    t.errors.sum(),
                    t.limited.sum(),
                    t.errorKinds);
        });
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
