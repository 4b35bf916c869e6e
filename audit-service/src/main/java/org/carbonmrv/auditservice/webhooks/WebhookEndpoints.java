package org.carbonmrv.auditservice.webhooks;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The endpoints organisations registered, with where each stands in the history, and their delivery log. */
@Repository
class WebhookEndpoints {

    /** An endpoint as the deliverer needs it. */
    record Endpoint(
            String id,
            String organisation,
            String url,
            List<String> kinds,
            String secret,
            String previousSecret,
            Instant previousValidUntil,
            long cursor,
            String status,
            Instant failingSince,
            int attempts,
            Instant nextAttemptAt,
            String disabledReason,
            Instant createdAt) {

        boolean wants(String eventType) {
            return kinds.contains("*") || kinds.contains(eventType);
        }

        /** The secrets a delivery is signed with now: the new one, and the one it replaced while that is still valid. */
        List<String> signingSecrets(Instant now) {
            return previousSecret != null && previousValidUntil != null && now.isBefore(previousValidUntil)
                    ? List.of(secret, previousSecret)
                    : List.of(secret);
        }
    }

    /** One attempt of one delivery. */
    record Delivery(
            long id,
            String eventId,
            String eventType,
            long sequence,
            int attempt,
            int status,
            int latencyMillis,
            String error,
            Instant attemptedAt) {}

    private final JdbcTemplate jdbc;

    WebhookEndpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(
            String id,
            String organisation,
            String url,
            List<String> kinds,
            String secret,
            long cursor,
            String createdBy) {
        jdbc.update(
                "INSERT INTO webhook_endpoints (id, organisation, url, kinds, secret, cursor, status, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'active', ?)",
                ps -> {
                    ps.setString(1, id);
                    ps.setString(2, organisation);
                    ps.setString(3, url);
                    ps.setArray(4, ps.getConnection().createArrayOf("text", kinds.toArray()));
                    ps.setString(5, secret);
                    ps.setLong(6, cursor);
                    ps.setString(7, createdBy);
                });
    }

    Optional<Endpoint> find(String id) {
        return jdbc.query("SELECT * FROM webhook_endpoints WHERE id = ?", WebhookEndpoints::endpoint, id).stream()
                .findFirst();
    }

    List<Endpoint> ofOrganisation(String organisation) {
        return jdbc.query(
                "SELECT * FROM webhook_endpoints WHERE organisation = ? ORDER BY created_at",
                WebhookEndpoints::endpoint,
                organisation);
    }

    List<Endpoint> due(int atMost) {
        return jdbc.query(
                "SELECT * FROM webhook_endpoints WHERE status = 'active' AND next_attempt_at <= now()"
                        + " ORDER BY next_attempt_at LIMIT ?",
                WebhookEndpoints::endpoint,
                atMost);
    }

    /** Delivered up to {@code sequence}: the cursor moves on, the failures are forgotten. */
    void delivered(String id, long sequence) {
        jdbc.update(
                "UPDATE webhook_endpoints SET cursor = greatest(cursor, ?), attempts = 0, failing_since = NULL,"
                        + " next_attempt_at = now() WHERE id = ?",
                sequence,
                id);
    }

    /** Events it does not want are passed over: the cursor moves, the failures stay as they were. */
    void skipTo(String id, long sequence) {
        jdbc.update("UPDATE webhook_endpoints SET cursor = greatest(cursor, ?) WHERE id = ?", sequence, id);
    }

    void failed(String id, Duration retryIn) {
        jdbc.update(
                "UPDATE webhook_endpoints SET attempts = attempts + 1, failing_since = coalesce(failing_since, now()),"
                        + " next_attempt_at = now() + make_interval(secs => ?) WHERE id = ?",
                retryIn.toMillis() / 1000.0,
                id);
    }

    /** Nothing new for it: looked at again in a second. */
    void idle(String id) {
        jdbc.update("UPDATE webhook_endpoints SET next_attempt_at = now() + interval '1 second' WHERE id = ?", id);
    }

    void disable(String id, String reason) {
        jdbc.update("UPDATE webhook_endpoints SET status = 'disabled', disabled_reason = ? WHERE id = ?", reason, id);
    }

    /** Delivered again from {@code after} on (manual redelivery); an endpoint disabled is enabled again. */
    void rewind(String id, long after) {
        jdbc.update(
                "UPDATE webhook_endpoints SET cursor = ?, status = 'active', disabled_reason = NULL, attempts = 0,"
                        + " failing_since = NULL, next_attempt_at = now() WHERE id = ?",
                after,
                id);
    }

    void rotate(String id, String secret, Instant previousValidUntil) {
        jdbc.update(
                "UPDATE webhook_endpoints SET previous_secret = secret, previous_valid_until = ?, secret = ? WHERE id = ?",
                Timestamp.from(previousValidUntil),
                secret,
                id);
    }

    void log(
            String endpointId,
            String eventId,
            String eventType,
            long sequence,
            int attempt,
            int status,
            long millis,
            String error) {
        jdbc.update(
                "INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, sequence, attempt, status, latency_ms,"
                        + " error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                endpointId,
                eventId,
                eventType,
                sequence,
                attempt,
                status,
                (int) Math.min(Integer.MAX_VALUE, millis),
                error);
    }

    List<Delivery> deliveries(String endpointId, int size) {
        return jdbc.query(
                "SELECT * FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY id DESC LIMIT ?",
                (rs, i) -> new Delivery(
                        rs.getLong("id"),
                        rs.getString("event_id"),
                        rs.getString("event_type"),
                        rs.getLong("sequence"),
                        rs.getInt("attempt"),
                        rs.getInt("status"),
                        rs.getInt("latency_ms"),
                        rs.getString("error"),
                        rs.getTimestamp("attempted_at").toInstant()),
                endpointId,
                size);
    }

    private static Endpoint endpoint(ResultSet rs, int i) throws SQLException {
        Array kinds = rs.getArray("kinds");
        return new Endpoint(
                rs.getString("id"),
                rs.getString("organisation"),
                rs.getString("url"),
                Arrays.asList((String[]) kinds.getArray()),
                rs.getString("secret"),
                rs.getString("previous_secret"),
                instant(rs.getTimestamp("previous_valid_until")),
                rs.getLong("cursor"),
                rs.getString("status"),
                instant(rs.getTimestamp("failing_since")),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")),
                rs.getString("disabled_reason"),
                instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
