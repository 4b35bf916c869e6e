package org.carbonmrv.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The platform's PostgreSQL: the one named by {@code MRV_DB_URL}, else an embedded PostgreSQL
 * (real binaries from a Maven artifact); if that cannot start, a server on 127.0.0.1:5432, said
 * on the console.
 */
public final class Database implements AutoCloseable {

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

    public static Database fromEnvironmentOrEmbedded(int embeddedPort) {
        String url = System.getenv("MRV_DB_URL");
        if (url != null && !url.isBlank()) {
            return external(url, env("MRV_DB_USER", "postgres"), env("MRV_DB_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(embeddedPort).start();
            createDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "carbon_mrv");
            return new Database(postgres.getJdbcUrl("postgres", "carbon_mrv"), "postgres", "", postgres);
        } catch (IOException | RuntimeException e) {
            String local = "jdbc:postgresql://127.0.0.1:5432/";
            System.out.println("embedded PostgreSQL did not start (" + e.getMessage() + ");"
                    + " using the PostgreSQL server at 127.0.0.1:5432 instead (set MRV_DB_URL to choose another)");
            createDatabase(local + "postgres", "postgres", "", "carbon_mrv");
            return external(local + "carbon_mrv", "postgres", "");
        }
    }

    static void createDatabase(String serverUrl, String user, String password, String name) {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password)) {
            boolean exists;
            try (var rs = c.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                c.createStatement().execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + serverUrl + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
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

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
