package org.carbonmrv.platform.readmodels;

import com.zaxxer.hikari.HikariDataSource;
import org.carbonmrv.platform.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rebuild's shadow tables against a real PostgreSQL: written through the search path, swapped in, one at a time. */
class ShadowTablesTest {

    private static final List<String> TABLES = List.of("ledger", "notes");

    private HikariDataSource pool;
    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;

    @BeforeEach
    void aServiceSchemaWithLiveRows() {
        TestDatabase database = TestDatabase.get().another();
        pool = new HikariDataSource();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setSchema("svc");
        pool.setMaximumPoolSize(4);
        jdbc = new JdbcTemplate(pool);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
        jdbc.execute("CREATE SCHEMA svc");
        jdbc.execute("CREATE TABLE svc.ledger (account TEXT PRIMARY KEY, balance BIGINT NOT NULL)");
        jdbc.execute("CREATE TABLE svc.notes (id BIGSERIAL PRIMARY KEY, text TEXT NOT NULL)");
        jdbc.update("INSERT INTO svc.ledger VALUES ('stale', 1)");
        jdbc.update("INSERT INTO svc.notes (text) VALUES ('stale one'), ('stale two'), ('stale three')");
    }

    @AfterEach
    void closeThePool() {
        pool.close();
    }

    @Test
    void unqualifiedWritesGoToTheCopiesUntilTheyAreSwappedIn() {
        ShadowTables shadows = new ShadowTables(jdbc, "svc");
        assertThat(shadows.claim()).isTrue();
        try {
            transaction.executeWithoutResult(status -> shadows.create(TABLES));
            transaction.executeWithoutResult(status -> {
                shadows.analyze(TABLES);
                shadows.writeToShadows();
                // the projections' SQL, unqualified
                jdbc.update("INSERT INTO ledger VALUES ('holding:linhai-chem', 3999500)");
                jdbc.update("INSERT INTO notes (text) VALUES ('first'), ('second')");
            });
            assertThat(jdbc.queryForList("SELECT account FROM svc.ledger", String.class))
                    .as("the live table is untouched until the swap")
                    .containsExactly("stale");
            assertThat(jdbc.queryForObject(
                            "SELECT relpersistence FROM pg_class WHERE oid = 'svc_rebuild.notes'::regclass",
                            String.class))
                    .as("unlogged")
                    .isEqualTo("u");
            transaction.executeWithoutResult(status -> {
                shadows.lockLive(TABLES);
                shadows.swapIn(TABLES, TABLES);
                shadows.followSequences(TABLES);
            });
        } finally {
            shadows.dropAndRelease();
        }
        assertThat(jdbc.queryForList("SELECT account || '=' || balance FROM svc.ledger", String.class))
                .containsExactly("holding:linhai-chem=3999500");
        assertThat(jdbc.queryForList("SELECT id || ' ' || text FROM svc.notes ORDER BY id", String.class))
                .as("ids from 1, as a fresh projection writes them")
                .containsExactly("1 first", "2 second");
        jdbc.update("INSERT INTO svc.notes (text) VALUES ('after')");
        assertThat(jdbc.queryForObject("SELECT id FROM svc.notes WHERE text = 'after'", Long.class))
                .as("the live sequence goes on after the copied rows")
                .isEqualTo(3L);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'svc_rebuild'",
                        Integer.class))
                .isZero();
    }

    @Test
    void oneRebuildAtATime() {
        ShadowTables first = new ShadowTables(jdbc, "svc");
        ShadowTables second = new ShadowTables(jdbc, "svc");
        assertThat(first.claim()).isTrue();
        assertThat(second.claim())
                .as("another rebuild of the same service waits its turn")
                .isFalse();
        first.dropAndRelease();
        assertThat(second.claim()).isTrue();
        second.dropAndRelease();
    }

    @Test
    void aShadowSchemaLeftByAnInterruptedRebuildIsDroppedByTheNext() {
        jdbc.execute("CREATE SCHEMA svc_rebuild");
        jdbc.execute("CREATE TABLE svc_rebuild.leftover (x INT)");
        ShadowTables shadows = new ShadowTables(jdbc, "svc");
        assertThat(shadows.claim()).isTrue();
        try {
            transaction.executeWithoutResult(status -> shadows.create(TABLES));
            assertThat(jdbc.queryForList(
                            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'svc_rebuild'"
                                    + " ORDER BY table_name",
                            String.class))
                    .containsExactly("ledger", "notes");
        } finally {
            shadows.dropAndRelease();
        }
    }
}
