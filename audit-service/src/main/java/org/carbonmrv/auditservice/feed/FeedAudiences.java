package org.carbonmrv.auditservice.feed;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides, once per sealed event and in chain order, which organisations' feeds it is in: the
 * owners of the projects the history index found for it, the verifier of the reporting period it
 * concerns (once assigned: what came before the assignment the verifier reads through the API), and
 * the holders of the accounts it names. It runs behind the history index, so an event's projects
 * are known when it comes to it; an organisation's feed grows only at its end, so a cursor never
 * passes an event it has not seen.
 */
@Component
class FeedAudiences {

    private static final Logger log = LoggerFactory.getLogger(FeedAudiences.class);
    private static final int SLICE = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    FeedAudiences(JdbcTemplate jdbc, TransactionTemplate transaction, ObjectMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    /** Often, since a webhook waits for it after the history index; a turn with nothing new is two short queries. */
    @Scheduled(fixedDelayString = "${mrv.audit.audience-interval:250ms}")
    void catchUp() {
        SlicedCatchUp.run(transaction, SLICE, this::slice, log, "deciding the feeds' audiences");
    }

    private record Sealed(long position, String type, JsonNode payload) {}

    int slice() {
        Long from = jdbc.queryForObject("SELECT position FROM feed_audience_progress FOR UPDATE", Long.class);
        List<Sealed> events = jdbc.query(
                """
                SELECT h.position, h.event_type, e.payload FROM history_entries h
                JOIN eventstore.domain_event_entry e ON e.global_index = h.global_index
                WHERE h.position >= ? AND h.position < (SELECT position FROM history_progress)
                ORDER BY h.position LIMIT ?""", (row, i) -> new Sealed(row.getLong(1), row.getString(2), payload(row.getBytes(3))), from, SLICE);
        for (Sealed event : events) {
            remember(event.type(), event.payload());
            for (String organisation : audience(event)) {
                jdbc.update(
                        "INSERT INTO feed_audiences (organisation, position) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        organisation,
                        event.position());
            }
        }
        if (!events.isEmpty()) {
            jdbc.update(
                    "UPDATE feed_audience_progress SET position = ?",
                    events.get(events.size() - 1).position() + 1);
        }
        return events.size();
    }

    /** What later events need to know: accounts' holders, periods' verifiers, reports' and batches' periods. */
    private void remember(String type, JsonNode event) {
        switch (type) {
            case "AccountOpenedEvent" ->
                jdbc.update(
                        "INSERT INTO feed_accounts (account_id, organisation) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        text(event, "accountId"),
                        text(event, "organisation"));
            case "VerifierAssignedEvent" ->
                jdbc.update(
                        "INSERT INTO feed_period_verifiers (period_id, verifier_organisation) VALUES (?, ?)"
                                + " ON CONFLICT (period_id) DO UPDATE SET verifier_organisation = EXCLUDED.verifier_organisation",
                        text(event, "reportingPeriodId"),
                        text(event, "verifierOrganisation"));
            case "ReductionsCalculatedEvent" ->
                subjectPeriod(text(event, "reportId"), text(event, "reportingPeriodId"));
            case "ReadingBatchRecordedEvent" -> subjectPeriod(text(event, "batchId"), text(event, "reportingPeriodId"));
            default -> {
                // nothing to remember
            }
        }
    }

    private Set<String> audience(Sealed event) {
        Set<String> organisations = new LinkedHashSet<>(jdbc.queryForList("""
                SELECT o.owner_organisation FROM history_projects p
                JOIN history_project_owners o ON o.project_id = p.project_id WHERE p.position = ?""", String.class, event.position()));
        JsonNode payload = event.payload();
        String period = text(payload, "reportingPeriodId");
        for (String subject : new String[] {text(payload, "reportId"), text(payload, "batchId")}) {
            if (period == null && subject != null) {
                period = jdbc
                        .queryForList(
                                "SELECT period_id FROM feed_subject_periods WHERE subject_id = ?",
                                String.class,
                                subject)
                        .stream()
                        .findFirst()
                        .orElse(null);
            }
        }
        if (period != null) {
            organisations.addAll(jdbc.queryForList(
                    "SELECT verifier_organisation FROM feed_period_verifiers WHERE period_id = ?",
                    String.class,
                    period));
        }
        Set<String> accounts = new LinkedHashSet<>();
        for (String field : List.of("accountId", "account", "fromAccount", "toAccount", "holdingAccountId")) {
            if (payload.hasNonNull(field)) {
                accounts.add(payload.get(field).asText());
            }
        }
        payload.path("cancelled").forEach(cancelled -> {
            if (cancelled.hasNonNull("account")) {
                accounts.add(cancelled.get("account").asText());
            }
        });
        if (event.type().equals("AccountOpenedEvent") && payload.hasNonNull("organisation")) {
            organisations.add(payload.get("organisation").asText());
        }
        if (!accounts.isEmpty()) {
            organisations.addAll(jdbc.queryForList(
                    "SELECT organisation FROM feed_accounts WHERE account_id = ANY (?)", String.class, (Object)
                            accounts.toArray(String[]::new)));
        }
        return organisations;
    }

    private void subjectPeriod(String subject, String period) {
        if (subject != null && period != null) {
            jdbc.update(
                    "INSERT INTO feed_subject_periods (subject_id, period_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    subject,
                    period);
        }
    }

    private JsonNode payload(byte[] bytes) {
        try {
            return bytes == null ? json.createObjectNode() : json.readTree(bytes);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
