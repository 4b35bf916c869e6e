package org.carbonmrv.auditservice.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.auditservice.sealed.SlicedCatchUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the pending work from the sealed history, a slice at a time in chain order, with its
 * progress in the same transaction as the work it wrote: after a crash it goes on where it
 * stood, applying no event twice and skipping none. Emptying its tables and the progress
 * rebuilds it from the history alone.
 */
@Component
class PendingWorkProjection {

    private static final Logger log = LoggerFactory.getLogger(PendingWorkProjection.class);
    private static final int SLICE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final WorkRules rules;
    private final ObjectMapper json;

    PendingWorkProjection(JdbcTemplate jdbc, TransactionTemplate transaction, WorkRules rules, ObjectMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rules = rules;
        this.json = json;
    }

    @Scheduled(fixedDelayString = "${mrv.notifications.interval:1s}")
    void catchUp() {
        SlicedCatchUp.run(transaction, SLICE, this::slice, log, "keeping the pending work");
    }

    private record Sealed(long position, String type, Instant at, byte[] payload) {}

    int slice() {
        Long from = jdbc.queryForObject("SELECT position FROM notification_progress FOR UPDATE", Long.class);
        List<Sealed> events = jdbc.query(
                """
                SELECT s.position, e.payload_type, e.time_stamp, e.payload
                FROM sealed_events s JOIN eventstore.domain_event_entry e ON e.global_index = s.global_index
                WHERE s.position >= ? ORDER BY s.position LIMIT ?""",
                (row, i) ->
                        new Sealed(row.getLong(1), row.getString(2), Instant.parse(row.getString(3)), row.getBytes(4)),
                from,
                SLICE);
        for (Sealed event : events) {
            String type = event.type().substring(event.type().lastIndexOf('.') + 1);
            rules.apply(type, payload(event.payload()), event.position(), event.at());
        }
        if (!events.isEmpty()) {
            jdbc.update(
                    "UPDATE notification_progress SET position = ?",
                    events.get(events.size() - 1).position() + 1);
        }
        return events.size();
    }

    private JsonNode payload(byte[] bytes) {
        try {
            return bytes == null ? json.createObjectNode() : json.readTree(bytes);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }
}
