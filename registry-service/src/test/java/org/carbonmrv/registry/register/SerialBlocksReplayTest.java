package org.carbonmrv.registry.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.carbonmrv.api.registry.CancellationKind;
import org.carbonmrv.api.registry.CreditsCancelledEvent;
import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.carbonmrv.api.registry.CreditsRetiredEvent;
import org.carbonmrv.api.registry.CreditsTransferredEvent;
import org.carbonmrv.api.registry.SerialRange;
import org.carbonmrv.platform.readmodels.ReplayedInMemory;
import org.carbonmrv.platform.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The serial blocks replayed in memory against the live projection, on a real PostgreSQL: the
 * same random movements (transfers, retirements, cancellations of random ranges, each splitting
 * blocks) go to both; the replayer writes nothing until the end, and then the two schemas hold
 * the same rows.
 */
class SerialBlocksReplayTest {

    private static final List<String> ACCOUNTS =
            List.of("holding:linhai-chem", "holding:juhua-chem", "holding:sinochem");
    private static final Instant AT = Instant.parse("2020-06-30T08:00:00Z");

    private final List<HikariDataSource> pools = new ArrayList<>();
    private JdbcTemplate liveJdbc;
    private JdbcTemplate replayJdbc;
    private TransactionTemplate replayTransaction;

    @BeforeEach
    void twoRegistrySchemas() {
        TestDatabase database = TestDatabase.get().another();
        liveJdbc = new JdbcTemplate(registrySchema(database, "live"));
        HikariDataSource replay = registrySchema(database, "replay");
        replayJdbc = new JdbcTemplate(replay);
        replayTransaction = new TransactionTemplate(new DataSourceTransactionManager(replay));
    }

    private HikariDataSource registrySchema(TestDatabase database, String schema) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setSchema(schema);
        pool.setMaximumPoolSize(2);
        pools.add(pool);
        Flyway.configure()
                .dataSource(pool)
                .schemas(schema)
                .defaultSchema(schema)
                .locations("classpath:db/registry_service")
                .load()
                .migrate();
        return pool;
    }

    @AfterEach
    void closeThePools() {
        pools.forEach(HikariDataSource::close);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomMovementsReplayedInMemoryLeaveTheRowsTheLiveProjectionWrote(long seed) throws Exception {
        ObjectMapper json = new ObjectMapper();
        SerialBlocksProjection live = new SerialBlocksProjection(liveJdbc, json);
        ReplayedInMemory.Replayer replayer = new SerialBlocksProjection(replayJdbc, json).replayer();
        SerialBlocksProjection replayed = (SerialBlocksProjection) replayer.handlers();
        Random random = new Random(seed);

        for (CreditsIssuedEvent issued :
                List.of(issuance("p-linhai", 1, 120), issuance("p-linhai", 121, 150), issuance("p-juhua", 151, 400))) {
            live.on(issued, AT);
            replayed.on(issued, AT);
        }
        for (int move = 0; move < 300; move++) {
            List<Map<String, Object>> held = liveJdbc.queryForList(
                    "SELECT account_id, serial_start, serial_end FROM serial_blocks WHERE state = 'LIVE' ORDER BY serial_start");
            Map<String, Object> block = held.get(random.nextInt(held.size()));
            String account = (String) block.get("account_id");
            long start = ((Number) block.get("serial_start")).longValue();
            long end = ((Number) block.get("serial_end")).longValue();
            long from = start + random.nextInt((int) (end - start + 1));
            long to = from + random.nextInt((int) (end - from + 1));
            List<SerialRange> serials = List.of(new SerialRange(from, to));
            int kind = random.nextInt(10);
            if (kind < 7) {
                String receiver = ACCOUNTS.get(random.nextInt(ACCOUNTS.size()));
                var transferred = new CreditsTransferredEvent("t-" + move, account, receiver, serials, to - from + 1);
                live.on(transferred);
                replayed.on(transferred);
            } else if (kind < 9) {
                var retired = new CreditsRetiredEvent(
                        "r-" + move, account, serials, to - from + 1, "Ningbo port authority", "voluntary", null, "CN");
                live.on(retired, "owner", AT.plusSeconds(move));
                replayed.on(retired, "owner", AT.plusSeconds(move));
            } else {
                var cancelled = new CreditsCancelledEvent(
                        "c-" + move, account, serials, to - from + 1, CancellationKind.COMPLIANCE, "surrendered");
                live.on(cancelled, "registry-admin", AT.plusSeconds(move));
                replayed.on(cancelled, "registry-admin", AT.plusSeconds(move));
            }
        }
        assertThat(rows(replayJdbc, "serial_blocks"))
                .as("nothing written while replaying")
                .isEmpty();
        replayTransaction.executeWithoutResult(status -> replayer.write().run());

        for (String table : List.of("serial_blocks", "retirements", "cancellations")) {
            assertThat(rows(replayJdbc, table))
                    .as(table)
                    .isEqualTo(rows(liveJdbc, table))
                    .isNotEmpty();
        }
    }

    private static CreditsIssuedEvent issuance(String project, long start, long end) {
        return new CreditsIssuedEvent(
                "iss-" + start,
                "report-" + project,
                1,
                project,
                "linhai-chem",
                ACCOUNTS.get(0),
                2019,
                end - start + 1,
                start,
                end,
                "CM-010",
                "V01",
                "d".repeat(64));
    }

    private static List<String> rows(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("SELECT t::text FROM " + table + " t ORDER BY 1", String.class);
    }
}
