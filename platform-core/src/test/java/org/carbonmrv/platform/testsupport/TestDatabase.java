package org.carbonmrv.platform.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL for integration tests, found in this order: the server named by
 * {@code TEST_DB_URL} (with {@code TEST_DB_USER} / {@code TEST_DB_PASSWORD}); a Testcontainers
 * container when Docker is available; else an embedded PostgreSQL (zonky), so the tests pass on a
 * machine with only a JDK and Maven. Each test JVM gets a fresh database of its own on that server.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String url;
    private final String user;
    private final String password;
    private final String serverUrl;

    private TestDatabase(String url, String user, String password, String serverUrl) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.serverUrl = serverUrl;
    }

    /** Another fresh database on the same server, for a test that must not see this one's data. */
    public TestDatabase another() {
        return freshDatabaseOn(serverUrl, user, password);
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
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

    private static TestDatabase start() {
        String serverUrl = System.getenv("TEST_DB_URL");
        if (serverUrl != null && !serverUrl.isBlank()) {
            return freshDatabaseOn(serverUrl, env("TEST_DB_USER", "postgres"), env("TEST_DB_PASSWORD", ""));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            return freshDatabaseOn(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (Exception ignored) {
                    // the JVM is ending anyway
                }
            }));
            return freshDatabaseOn(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (Exception e) {
            throw new IllegalStateException(
                    "no PostgreSQL for the tests: set TEST_DB_URL, or run Docker, or run as a "
                            + "non-root user so the embedded PostgreSQL can start",
                    e);
        }
    }

    private static TestDatabase freshDatabaseOn(String serverUrl, String user, String password) {
        String name = "mrv_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + serverUrl, e);
        }
        String base = serverUrl.contains("?") ? serverUrl.substring(0, serverUrl.indexOf('?')) : serverUrl;
        String databaseUrl = base.substring(0, base.lastIndexOf('/') + 1) + name;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, user, password, name)));
        return new TestDatabase(databaseUrl, user, password, serverUrl);
    }

    private static void drop(String serverUrl, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // a left-over test database is harmless; the next run makes its own
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
