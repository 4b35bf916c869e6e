package org.carbonmrv.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code mrv bench rebuild [--events N]}: the registry's read models rebuilt from an event store of
 * N (1,000,000) events, against a plain ordered read of the same rows. The Linhai credits are
 * issued and 1,000 one-credit transfers made through the registry-service; the history is then
 * extended to N events by SQL, each a copy of the service's last transfer with the next serial,
 * transfer id and ledger sequence number (a million transfers through the API take over an hour
 * here). With the registry alone beside the database, the read is timed and the read models
 * rebuilt three times; the rebuilt register must hold a block in the buyer's account for every
 * transfer in the store.
 */
final class RebuildBenchmark {

    private static final String TRANSFERRED = "org.carbonmrv.api.registry.CreditsTransferredEvent";
    private static final String BUYER = "holding:juhua-chem";
    private static final int SLICE = 100_000;
    private static final String REGISTRY = "registry-service";
    private static final List<String> OTHERS = List.of(
            "gateway",
            "portal",
            "cems-adapter",
            "audit-service",
            "calculation-service",
            "monitoring-service",
            "project-service");

    private RebuildBenchmark() {}

    static void run(long events) throws Exception {
        try (BenchRun run = new BenchRun()) {
            run.issueCreditsAndOpenTheBuyersAccount();
            RegistryBenchmark.bulk(run, new RegistryBenchmark.Tokens(run), 1_000, new AtomicLong());
            try (Connection connection = run.database.connect()) {
                long started = System.nanoTime();
                long added = extend(connection, events);
                System.out.printf(
                        "history extended by %,d transfers to %,d events in %.0f s%n",
                        added, storedEvents(connection), seconds(started));
                quiet(run, connection);
            }
            RegistryBenchmark.rebuild(run);
            try (Connection connection = run.database.connect()) {
                checkRebuilt(connection);
            }
        }
    }

    /** Copies of the last transfer, each moving the next serial, until the store holds {@code events}. */
    private static long extend(Connection connection, long events) throws SQLException {
        long missing = events - storedEvents(connection);
        if (missing <= 0) {
            return 0;
        }
        List<Long> serials = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet last = statement.executeQuery("SELECT (convert_from(payload, 'UTF8')::jsonb #>>"
                        + " '{serials,0,start}')::bigint FROM eventstore.domain_event_entry WHERE payload_type = '"
                        + TRANSFERRED + "' ORDER BY global_index DESC LIMIT 2")) {
            while (last.next()) {
                serials.add(last.getLong(1));
            }
        }
        // the ledger gives each transfer the serial next to the one before: the step the service took
        long step = serials.get(0) - serials.get(1);
        String copy = """
                INSERT INTO eventstore.domain_event_entry (event_identifier, meta_data, payload, payload_revision,
                        payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                SELECT gen_random_uuid()::text, t.meta_data,
                       convert_to(jsonb_set(jsonb_set(convert_from(t.payload, 'UTF8')::jsonb,
                                   '{transferId}', to_jsonb('bench-' || (t.n + i))),
                               '{serials}', jsonb_build_array(jsonb_build_object('start', t.serial + ? * i, 'end', t.serial + ? * i)))::text,
                           'UTF8'),
                       t.payload_revision, t.payload_type, t.time_stamp, t.aggregate_identifier, t.last_sequence + i, t.type
                FROM (SELECT e.*, (convert_from(e.payload, 'UTF8')::jsonb #>> '{serials,0,start}')::bigint AS serial,
                             (SELECT max(sequence_number) FROM eventstore.domain_event_entry
                              WHERE aggregate_identifier = e.aggregate_identifier) AS last_sequence,
                             (SELECT count(*) FROM eventstore.domain_event_entry) AS n
                      FROM eventstore.domain_event_entry e
                      WHERE e.payload_type = ? ORDER BY e.global_index DESC LIMIT 1) t,
                     generate_series(1, ?) i""";
        long added = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (PreparedStatement insert = connection.prepareStatement(copy)) {
            while (added < missing) {
                int slice = (int) Math.min(SLICE, missing - added);
                insert.setLong(1, step);
                insert.setLong(2, step);
                insert.setString(3, TRANSFERRED);
                insert.setInt(4, slice);
                added += insert.executeUpdate();
                System.out.printf("  %,d of %,d transfers added%n", added, missing);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE eventstore.domain_event_entry");
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return added;
    }

    /**
     * The registry alone with the database, so that nothing else reads through the copies while
     * the rebuild is timed: the other services stopped, and the registry's processors moved past
     * the copies (none of them handles a transfer). The registry starts again, its JIT cold.
     */
    private static void quiet(BenchRun run, Connection connection) throws Exception {
        for (String other : OTHERS) {
            run.platform.stopService(other);
        }
        run.platform.stopService(REGISTRY);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE registry_service.token_entry SET token = convert_to('{\"index\":'"
                    + " || (SELECT max(global_index) FROM eventstore.domain_event_entry) || ',\"gaps\":[]}', 'UTF8')"
                    + " WHERE token_type = 'org.axonframework.eventhandling.GapAwareTrackingToken'");
        }
        run.platform.restartService(REGISTRY, false);
    }

    private static void checkRebuilt(Connection connection) throws SQLException {
        long transfers = single(
                connection,
                "SELECT count(*) FROM eventstore.domain_event_entry WHERE payload_type = '" + TRANSFERRED + "'");
        long blocks = single(
                connection, "SELECT count(*) FROM registry_service.serial_blocks WHERE account_id = '" + BUYER + "'");
        if (blocks != transfers) {
            throw new IllegalStateException(
                    "the rebuilt register holds " + blocks + " blocks of the buyer for " + transfers + " transfers");
        }
        System.out.printf("the rebuilt register holds a block of the buyer for each of the %,d transfers%n", transfers);
    }

    private static long storedEvents(Connection connection) throws SQLException {
        return single(connection, "SELECT count(*) FROM eventstore.domain_event_entry");
    }

    private static long single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
