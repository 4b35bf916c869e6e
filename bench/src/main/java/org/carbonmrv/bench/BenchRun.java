package org.carbonmrv.bench;

import org.carbonmrv.launcher.DataDirectory;
import org.carbonmrv.launcher.Database;
import org.carbonmrv.launcher.LinhaiCase;
import org.carbonmrv.launcher.LinhaiChain;
import org.carbonmrv.launcher.MrvClient;
import org.carbonmrv.launcher.Platform;
import org.carbonmrv.launcher.Ports;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every benchmark starts from: the platform at full JIT on its own ports and database, and
 * the Linhai project listed with its 2019 reporting period open.
 */
final class BenchRun implements AutoCloseable {

    final Path home;
    final Path work;
    final Ports ports;
    final Database database;
    final Platform platform;
    final MrvClient client;
    final LinhaiChain chain;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    BenchRun() throws Exception {
        this(java.util.Map.of());
    }

    /** With environment settings of every service beside the benchmarks' own. */
    BenchRun(java.util.Map<String, String> settings) throws Exception {
        home = Platform.findHome();
        work = Files.createDirectories(home.resolve(".mrv").resolve("bench"));
        ports = Ports.forBenchmarks();
        // a throw-away database: each benchmark run starts from an empty one
        DataDirectory data = DataDirectory.of(work);
        data.stopOrphanedServer();
        data.delete();
        database = Database.fromEnvironmentOrEmbedded(data, 25432);
        // one benchmark user sends thousands of requests to warm the platform: above the per-user rate limit
        platform = new Platform(home, ports, database, "bench")
                .withFullJit()
                .withSetting("MRV_RATE_LIMIT_BURST", "100000")
                .withSetting("MRV_RATE_LIMIT_PER_SECOND", "100000");
        settings.forEach(platform::withSetting);
        System.out.println("starting the platform for the benchmark ...");
        try {
            platform.start();
        } catch (Exception | Error e) {
            close(); // the services that did start must not outlive a failed start
            throw e;
        }
        client = new MrvClient(ports.gatewayUrl(), ports.keycloakUrl());
        chain = new LinhaiChain(client, LinhaiCase.load(LinhaiCase.defaultSource(home)));
        chain.submitAndListProject();
        chain.openReportingPeriod();
    }

    /** The Linhai credits issued to the owner, and the buyer ({@code juhua-owner}) with an account to receive them. */
    void issueCreditsAndOpenTheBuyersAccount() throws Exception {
        System.out.println("issuing the Linhai credits ...");
        chain.verifyAndIssue();
        LinhaiChain.expect(
                201,
                client.post("/api/registry/accounts", chain.token("juhua-owner"), java.util.Map.of("name", "buyer")));
    }

    String batchesPath() {
        return "/api/monitoring/projects/" + chain.projectId + "/reporting-periods/" + chain.periodId
                + "/reading-batches";
    }

    /** Streams a CSV file straight to the monitoring-service (not through the gateway) as the owner; fails unless 201. */
    void uploadCsv(Path csv) throws Exception {
        uploadCsv(csv, batchesPath(), chain.token(LinhaiChain.OWNER));
    }

    /** Streams a CSV file straight to the monitoring-service's batches path, with the given token; fails unless 201. */
    void uploadCsv(Path csv, String batchesPath, String token) throws Exception {
        HttpResponse<String> uploaded = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.monitoring() + batchesPath))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "text/csv")
                        .timeout(Duration.ofHours(1))
                        .POST(HttpRequest.BodyPublishers.ofFile(csv))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (uploaded.statusCode() != 201) {
            throw new IllegalStateException("upload failed: " + uploaded.statusCode() + " " + uploaded.body());
        }
    }

    /** Milliseconds of one JSON POST straight to a service's port, body read to its end; fails unless 201. */
    double timedPost(int port, String path, String token, String json) throws Exception {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode());
        }
        return millis;
    }

    /** Milliseconds of one GET straight to a service's port, body read to its end; fails unless 200. */
    double timedGet(int port, String path, String token) throws Exception {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode());
        }
        return millis;
    }

    @Override
    public void close() throws Exception {
        platform.close();
        database.close();
    }
}
