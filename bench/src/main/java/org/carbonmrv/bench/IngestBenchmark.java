package org.carbonmrv.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.launcher.Database;
import org.carbonmrv.launcher.LinhaiChain;
import org.carbonmrv.launcher.MrvClient;
import org.carbonmrv.launcher.Ports;
import org.postgresql.PGConnection;

import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Uploads a year of one-minute data through the monitoring-service's API and, in the same run,
 * COPYs the same rows straight into a table like the service's own (same columns and indexes).
 * Reports both rates, their ratio, the service's peak heap during the upload, and the time of the
 * monthly aggregates over the year.
 */
final class IngestBenchmark {

    static final long FULL_YEAR_ROWS = 525_600L * MinuteData.SERIES;

    private IngestBenchmark() {}

    static void run(long rows) throws Exception {
        try (BenchRun run = new BenchRun()) {
            LinhaiChain chain = run.chain;
            String token = chain.token(LinhaiChain.OWNER);
            Path work = run.work;
            Ports ports = run.ports;
            Database database = run.database;
            MrvClient client = run.client;

            Path csv = work.resolve("minute-data.csv");
            Path copy = work.resolve("minute-data.copy");
            System.out.println("generating " + rows + " rows ...");
            MinuteData.write(rows, csv, copy, chain.projectId, chain.periodId);

            String service = "http://127.0.0.1:" + ports.monitoring();
            AtomicLong peakHeap = new AtomicLong();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            // the service's metrics are for platform operators only
            String operator = run.client.userToken("platform-operator");
            sampler.scheduleAtFixedRate(
                    () -> sampleHeap(http, service, operator, peakHeap), 0, 250, TimeUnit.MILLISECONDS);
            long started = System.nanoTime();
            try {
                run.uploadCsv(csv);
            } finally {
                sampler.shutdownNow();
            }
            double serviceSeconds = (System.nanoTime() - started) / 1e9;

            double rawSeconds = rawCopy(database, copy);

            started = System.nanoTime();
            JsonNode aggregates = LinhaiChain.expect(
                    200,
                    client.get(
                            "/api/monitoring/projects/" + chain.projectId + "/reporting-periods/" + chain.periodId
                                    + "/aggregates",
                            token));
            double aggregateSeconds = (System.nanoTime() - started) / 1e9;

            double serviceRate = rows / serviceSeconds;
            double rawRate = rows / rawSeconds;
            System.out.printf(
                    "upload of %d rows (%d MB of CSV): %.1f s; raw COPY: %.1f s%n",
                    rows, Files.size(csv) / 1_000_000, serviceSeconds, rawSeconds);
            System.out.printf(
                    "monitoring-service peak heap during the upload: %d MB (limit -Xmx512m)%n",
                    peakHeap.get() / 1_000_000);
            System.out.printf(
                    "monthly aggregates over the year (%d series-months): %.0f ms%n",
                    aggregates.size(), aggregateSeconds * 1000);
            System.out.printf(
                    "ingest: service %.0f rows/s, raw COPY %.0f rows/s, ratio %.2f%n",
                    serviceRate, rawRate, serviceRate / rawRate);
            Files.deleteIfExists(csv);
            Files.deleteIfExists(copy);
        }
    }

    /** The same rows COPYed into a table with the service table's columns and indexes. */
    private static double rawCopy(Database database, Path copy) throws Exception {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS bench_raw CASCADE");
            s.execute("CREATE SCHEMA bench_raw");
            s.execute("CREATE TABLE bench_raw.readings (LIKE monitoring_service.readings INCLUDING ALL)");
            c.setAutoCommit(false);
            long started = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(copy, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY bench_raw.readings (batch_id, project_id, "
                                        + "period_id, row_number, parameter, source, starts_at, ends_at, month, value, unit, quality) "
                                        + "FROM STDIN",
                                reader,
                                1 << 18);
            }
            c.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            s.execute("DROP SCHEMA bench_raw CASCADE");
            return seconds;
        }
    }

    private static void sampleHeap(HttpClient http, String service, String token, AtomicLong peak) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(service + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                            .header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                long used = MrvClient.JSON
                        .readTree(response.body())
                        .get("measurements")
                        .get(0)
                        .get("value")
                        .asLong();
                peak.accumulateAndGet(used, Math::max);
            }
        } catch (Exception ignored) {
            // a missed sample is not a result
        }
    }
}
