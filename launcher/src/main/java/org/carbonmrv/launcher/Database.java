package org.carbonmrv.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The platform's PostgreSQL: the one named by {@code MRV_DB_URL}, else an embedded PostgreSQL
 * (real binaries from a Maven artifact) on a data directory that outlives it; if that cannot
 * start, a server on 127.0.0.1:5432, said on the console.
 */
public final class Database implements AutoCloseable {

    static final String NAME = "carbon_mrv";

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private Database(String url, String user, String password, EmbeddedPostgres embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    public static Database external(String url, String user, String password) {
        return new Database(url, user, password, null);
    }

    /** {@code MRV_DB_URL} if set, else the embedded PostgreSQL on the given data directory. */
    public static Database fromEnvironmentOrEmbedded(DataDirectory data, int embeddedPort) {
        String url = System.getenv("MRV_DB_URL");
        if (url != null && !url.isBlank()) {
            return external(url, env("MRV_DB_USER", "postgres"), env("MRV_DB_PASSWORD", ""));
        }
        try {
            return embedded(data, embeddedPort);
        } catch (IOException | RuntimeException e) {
            String local = "jdbc:postgresql://127.0.0.1:5432/";
            System.out.println("embedded PostgreSQL did not start (" + e.getMessage() + ");"
                    + " using the PostgreSQL server at 127.0.0.1:5432 instead (set MRV_DB_URL to choose another)");
            createDatabase(local + "postgres", "postgres", "", NAME);
            return external(local + NAME, "postgres", "");
        }
    }

    /**
     * An embedded PostgreSQL on {@code data}, durable: fsync and synchronous commit on (the
     * embedded library's defaults turn both off), the directory kept when it stops. A server left
     * running by a launcher that was killed is shut down first, so its data is flushed and the
     * directory is free.
     */
    public static Database embedded(DataDirectory data, int port) throws IOException {
        data.stopOrphanedServer();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data.path().toFile())
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                // keeps the WAL an online backup copies at its end (./mrv backup)
                .setServerConfig("wal_keep_size", "256MB")
                // a year of one-minute readings is a 600 MB upload: fewer checkpoints while it streams
                .setServerConfig("max_wal_size", "2GB")
                .start();
        createDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", NAME);
        return new Database(postgres.getJdbcUrl("postgres", NAME), "postgres", "", postgres);
    }

    static void createDatabase(String serverUrl, String user, String password, String name) {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password)) {
            boolean exists;
            try (var rs =
                    c.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                c.createStatement().execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot create database " + name + " on " + serverUrl + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Where the platform keeps its data: {@code MRV_HOME}, else {@code .mrv} in the project root. */
    public static Path platformHome(Path projectRoot) {
        String home = System.getenv("MRV_HOME");
        return home == null || home.isBlank()
                ? projectRoot.resolve(".mrv")
                : Path.of(home).toAbsolutePath();
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
