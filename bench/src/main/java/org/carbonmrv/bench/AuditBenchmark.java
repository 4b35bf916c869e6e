package org.carbonmrv.bench;

import org.carbonmrv.audit.checkpoint.CheckpointKey;
import org.carbonmrv.audit.seal.Sealed;
import org.carbonmrv.audit.seal.Sealer;
import org.carbonmrv.audit.seal.SealingPolicy;
import org.carbonmrv.audit.verification.ChainVerifier;
import org.carbonmrv.audit.verification.Verification;
import org.carbonmrv.launcher.DataDirectory;
import org.carbonmrv.launcher.Database;
import org.carbonmrv.launcher.Platform;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code mrv bench audit [--events N]}: an event store of N (1,000,000) events of the platform's
 * sizes, then a plain ordered read of them, sealing them, and verifying the chain, each timed. The
 * goal: verifying at 50 % or more of the plain read's rate.
 */
final class AuditBenchmark {

    private static final String PLAIN_READ = "SELECT global_index, event_identifier, type, aggregate_identifier,"
            + " sequence_number, payload_type, payload_revision, payload, meta_data, time_stamp"
            + " FROM eventstore.domain_event_entry ORDER BY global_index";

    private AuditBenchmark() {}

    static void run(long events) throws Exception {
        Path home = Platform.findHome();
        Path work = Files.createDirectories(home.resolve(".mrv").resolve("bench-audit"));
        DataDirectory data = DataDirectory.of(work);
        data.stopOrphanedServer();
        data.delete();
        try (Database database = Database.fromEnvironmentOrEmbedded(data, 25433);
                Connection connection = database.connect()) {
            schema(home, connection);
            long started = System.nanoTime();
            fill(connection, events);
            System.out.printf("stored %,d events in %.1f s%n", events, seconds(started));

            connection.setAutoCommit(false);
            plainRead(connection); // warms the cache, as the other two find it
            started = System.nanoTime();
            long read = plainRead(connection);
            double plain = read / seconds(started);
            System.out.printf("plain ordered read   %,10.0f events/s%n", plain);

            CheckpointKey key = CheckpointKey.loadOrCreate(work.resolve("checkpoint.key"));
            Sealer sealer = new Sealer(key, new SealingPolicy(1000, Duration.ofSeconds(10)), Clock.systemUTC());
            started = System.nanoTime();
            long sealed = 0;
            Sealed once;
            do {
                once = sealer.sealOnce(connection);
                sealed += once.events();
            } while (once.events() > 0);
            System.out.printf(
                    "sealing              %,10.0f events/s (%,d sealed)%n", sealed / seconds(started), sealed);

            started = System.nanoTime();
            Verification verification = new ChainVerifier(key.verifier(), List.of()).verify(connection);
            connection.rollback();
            double verify = verification.sealedEvents() / seconds(started);
            System.out.printf(
                    "verifying the chain  %,10.0f events/s (%,d events, intact: %s) = %.0f %% of the plain read (goal >= 50 %%)%n",
                    verify, verification.sealedEvents(), verification.intact(), 100 * verify / plain);
        }
    }

    /** Every column of every event in global-index order, as a reader that does nothing with them would. */
    static long plainRead(Connection connection) throws Exception {
        long rows = 0;
        long bytes = 0;
        try (PreparedStatement select = connection.prepareStatement(PLAIN_READ)) {
            select.setFetchSize(2000);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    bytes += row.getLong(1)
                            + row.getString(2).length()
                            + row.getString(4).length()
                            + row.getBytes(8).length
                            + row.getBytes(9).length
                            + row.getString(10).length();
                    rows++;
                }
            }
        }
        connection.rollback();
        return bytes > 0 ? rows : 0;
    }

    private static void schema(Path home, Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(
                    home.resolve("platform-core/src/main/resources/db/eventstore/V0_1__event_store.sql")));
            statement.execute(Files.readString(
                    home.resolve("platform-core/src/main/resources/db/eventstore/V0_5__commit_order.sql")));
            statement.execute("CREATE SCHEMA audit_service; SET search_path = audit_service");
            try (InputStream script =
                    AuditBenchmark.class.getResourceAsStream("/db/audit_service/V1__seals_and_checkpoints.sql")) {
                statement.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
            }
            statement.execute("SET search_path = public");
        }
    }

    /** Events of the sizes the platform writes: a JSON payload of about 600 bytes, metadata of about 300. */
    private static void fill(Connection connection, long events) throws Exception {
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY eventstore.domain_event_entry"
                        + " (event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp,"
                        + " aggregate_identifier, sequence_number, type) FROM STDIN");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        String filler = "x".repeat(420);
        for (long i = 0; i < events; i++) {
            String meta =
                    "{\"actor\":\"linhai-operator\",\"organisation\":\"linhai-chem\",\"roles\":[\"monitoring-operator\"],"
                            + "\"clientId\":\"linhai-dcs\",\"correlationId\":\"c-" + i + "\",\"traceId\":\""
                            + Long.toHexString(i * 7919)
                            + "\",\"projectId\":\"p-" + (i % 50) + "\",\"padding\":\"" + filler.substring(0, 120)
                            + "\"}";
            String payload = "{\"batchId\":\"b-" + i + "\",\"projectId\":\"p-" + (i % 50)
                    + "\",\"reportingPeriodId\":\"rp-2019\",\"rowCount\":8760,\"note\":\"" + filler + "\"}";
            String line = "e-" + i + "\t" + hex(meta) + "\t" + hex(payload)
                    + "\t1\torg.carbonmrv.api.monitoring.ReadingBatchRecordedEvent\t2026-12-04T01:00:00Z\tagg-"
                    + (i / 10) + "\t" + (i % 10) + "\tReadingBatch\n";
            buffer.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            if (buffer.size() > (1 << 20)) {
                copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                buffer.reset();
            }
        }
        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        copy.endCopy();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE eventstore.domain_event_entry");
        }
    }

    /** COPY's text form of a bytea. */
    private static String hex(String text) {
        StringBuilder out = new StringBuilder("\\\\x");
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return out.toString();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
