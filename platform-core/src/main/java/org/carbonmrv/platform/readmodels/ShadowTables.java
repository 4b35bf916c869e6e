package org.carbonmrv.platform.readmodels;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A rebuild's copies of the live read-model tables: the same columns, defaults, constraints and
 * indexes, unlogged, in the schema {@code <service schema>_rebuild}, each serial column on a sequence of its
 * own that starts at 1 as the live one did. The projections' SQL names its tables unqualified, so
 * a transaction that puts the shadow schema first on its search path writes into the copies
 * without a line of the projections changed. One rebuild at a time per service, across instances:
 * the claim is a session advisory lock on a connection of its own.
 */
final class ShadowTables {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcTemplate jdbc;
    private final String live;
    private final String shadow;
    private Connection claim;
    /** Asked once: the schema's tables change only with a migration, at a start. */
    private volatile Map<String, List<String>> serialColumns;

    ShadowTables(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.live = checked(schema);
        this.shadow = schema + "_rebuild";
    }

    /** True when no other rebuild of this service runs; the claim is held until {@link #dropAndRelease()}. */
    boolean claim() {
        DataSource dataSource = jdbc.getDataSource();
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
                lock.setString(1, shadow);
                try (ResultSet claimed = lock.executeQuery()) {
                    claimed.next();
                    if (claimed.getBoolean(1)) {
                        claim = connection;
                        return true;
                    }
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim the rebuild: " + e.getMessage(), e);
        }
    }

    /** Empty copies of the tables (a shadow schema left by an interrupted rebuild is dropped first). */
    void create(List<String> tables) {
        jdbc.execute("DROP SCHEMA IF EXISTS " + shadow + " CASCADE");
        jdbc.execute("CREATE SCHEMA " + shadow);
        for (String table : tables) {
            checked(table);
            // unlogged: the copies are scratch until their rows are copied into the live tables, which are logged
            jdbc.execute("CREATE UNLOGGED TABLE " + shadow + "." + table + " (LIKE " + live + "." + table
                    + " INCLUDING ALL)");
            for (String column : serialColumns(table)) {
                String sequence = shadow + "." + table + "_" + column + "_seq";
                jdbc.execute("CREATE SEQUENCE " + sequence + " OWNED BY " + shadow + "." + table + "." + column);
                jdbc.execute("ALTER TABLE " + shadow + "." + table + " ALTER COLUMN " + column
                        + " SET DEFAULT nextval('" + sequence + "')");
            }
        }
    }

    /**
     * Refreshes the statistics of copies that are looked up in: new tables have none, and the
     * planner would go on scanning a growing table whole for every lookup.
     */
    void analyze(List<String> tables) {
        if (!tables.isEmpty()) {
            jdbc.execute("ANALYZE " + qualified(shadow, tables));
        }
    }

    /** For the rest of the current transaction, unqualified table names find the copies first. */
    void writeToShadows() {
        jdbc.execute("SET LOCAL search_path TO " + shadow + ", " + live);
    }

    /** Nobody writes the live tables until the transaction ends; they can still be read. */
    void lockLive(List<String> tables) {
        jdbc.execute("LOCK TABLE " + qualified(live, tables) + " IN EXCLUSIVE MODE");
    }

    /**
     * The live tables emptied and those that have copies given the copies' rows; for the rest of
     * the transaction unqualified names are the live tables again.
     */
    void swapIn(List<String> tables, List<String> copied) {
        jdbc.execute("TRUNCATE " + qualified(live, tables) + " RESTART IDENTITY");
        for (String table : copied) {
            jdbc.execute("INSERT INTO " + live + "." + table + " SELECT * FROM " + shadow + "." + table);
        }
        jdbc.execute("SET LOCAL search_path TO " + live);
    }

    /** Each serial column's sequence goes on after the highest value in the live table. */
    void followSequences(List<String> tables) {
        for (String table : tables) {
            for (String column : serialColumns(table)) {
                jdbc.queryForObject(
                        "SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max(" + column + "), 0) + 1, false) FROM "
                                + live + "." + table,
                        Long.class,
                        live + "." + table,
                        column);
            }
        }
    }

    void dropAndRelease() {
        try {
            jdbc.execute("DROP SCHEMA IF EXISTS " + shadow + " CASCADE");
        } finally {
            try (Connection connection = claim;
                    PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
                unlock.setString(1, shadow);
                unlock.execute();
            } catch (SQLException e) {
                // a connection that cannot run a statement is discarded by the pool, its session and lock with it
            } finally {
                claim = null;
            }
        }
    }

    /** The columns of the live table that take their default from a sequence. */
    private List<String> serialColumns(String table) {
        if (serialColumns == null) {
            Map<String, List<String>> byTable = new HashMap<>();
            jdbc.query(
                    """
                    SELECT c.relname, a.attname FROM pg_attribute a
                    JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = ? AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
                      AND pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) IS NOT NULL
                    ORDER BY c.relname, a.attnum""",
                    rs -> {
                        byTable.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                                .add(rs.getString(2));
                    },
                    live);
            serialColumns = byTable;
        }
        return serialColumns.getOrDefault(table, List.of());
    }

    private static String qualified(String schema, List<String> tables) {
        return String.join(
                ", ", tables.stream().map(t -> schema + "." + checked(t)).toList());
    }

    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL name: " + name);
        }
        return name;
    }
}
