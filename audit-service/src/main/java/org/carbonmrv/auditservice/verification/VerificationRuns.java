package org.carbonmrv.auditservice.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import org.carbonmrv.audit.verification.Verification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Verifications run one at a time in the background, each kept in {@code verification_runs}: a
 * long history takes longer than any client waits for an answer. Asking while one runs gives that
 * one; a run the service was stopped in the middle of is failed at the next start.
 */
@Component
class VerificationRuns {

    private final JdbcTemplate jdbc;
    private final HistoryVerification verification;
    private final ObjectMapper json;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "history-verification");
        thread.setDaemon(true);
        return thread;
    });

    VerificationRuns(JdbcTemplate jdbc, HistoryVerification verification, ObjectMapper json) {
        this.jdbc = jdbc;
        this.verification = verification;
        this.json = json;
        jdbc.update(
                "UPDATE verification_runs SET finished_at = now(), failure = ? WHERE finished_at IS NULL",
                "the audit service stopped before the verification finished: ask again");
    }

    /** A new run, or the one running already. */
    synchronized VerificationRun start(String requestedBy) {
        Optional<VerificationRun> running = first("finished_at IS NULL", List.of());
        if (running.isPresent()) {
            return running.get();
        }
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        jdbc.update(
                "INSERT INTO verification_runs (id, requested_by, requested_at) VALUES (?, ?, ?)",
                id,
                requestedBy,
                Timestamp.from(now));
        runner.submit(() -> run(id));
        return new VerificationRun(id, VerificationRun.Status.RUNNING, requestedBy, now, null, null, null);
    }

    Optional<VerificationRun> find(String id) {
        return first("id = ?", List.of(id));
    }

    private void run(String id) {
        try {
            Verification found = verification.run();
            jdbc.update(
                    "UPDATE verification_runs SET finished_at = now(), outcome = ?::jsonb WHERE id = ?",
                    json.writeValueAsString(found),
                    id);
        } catch (RuntimeException | JsonProcessingException e) {
            jdbc.update(
                    "UPDATE verification_runs SET finished_at = now(), failure = ? WHERE id = ?",
                    "the verification could not finish: " + e.getMessage(),
                    id);
        }
    }

    private Optional<VerificationRun> first(String condition, List<Object> arguments) {
        return jdbc
                .query(
                        "SELECT id, requested_by, requested_at, finished_at, outcome::text, failure FROM verification_runs"
                                + " WHERE " + condition + " ORDER BY requested_at DESC LIMIT 1",
                        (row, i) -> run(row),
                        arguments.toArray())
                .stream()
                .findFirst();
    }

    private VerificationRun run(ResultSet row) throws SQLException {
        Timestamp finished = row.getTimestamp(4);
        String outcome = row.getString(5);
        String failure = row.getString(6);
        VerificationRun.Status status = finished == null
                ? VerificationRun.Status.RUNNING
                : failure == null ? VerificationRun.Status.DONE : VerificationRun.Status.FAILED;
        try {
            return new VerificationRun(
                    row.getString(1),
                    status,
                    row.getString(2),
                    row.getTimestamp(3).toInstant(),
                    finished == null ? null : finished.toInstant(),
                    outcome == null ? null : json.readValue(outcome, Verification.class),
                    failure);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored verification cannot be read: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
