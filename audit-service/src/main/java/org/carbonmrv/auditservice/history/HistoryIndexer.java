package org.carbonmrv.auditservice.history;

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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Indexes the sealed history for the auditor, in chain order, a slice at a time: each event with
 * who did it, in which role, through which client, why (correlation and causation), and the
 * projects it concerns: the one its metadata or payload names, or, for a credit movement that
 * names only serials, the projects those serials were issued for.
 */
@Component
class HistoryIndexer {

    private static final Logger log = LoggerFactory.getLogger(HistoryIndexer.class);
    private static final int SLICE = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    HistoryIndexer(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Scheduled(fixedDelayString = "${mrv.audit.index-interval:1s}")
    void indexSealed() {
        SlicedCatchUp.run(transaction, SLICE, this::slice, log, "indexing the history");
    }

    /** Indexes the next slice of sealed events; answers how many. */
    int slice() {
        Long from = jdbc.queryForObject("SELECT position FROM history_progress FOR UPDATE", Long.class);
        List<Sealed> events = jdbc.query(
                """
                SELECT s.position, e.global_index, e.event_identifier, e.payload_type, e.type, e.aggregate_identifier,
                       e.sequence_number, e.time_stamp, e.payload, e.meta_data
                FROM sealed_events s JOIN eventstore.domain_event_entry e ON e.global_index = s.global_index
                WHERE s.position >= ? ORDER BY s.position LIMIT ?""",
                (row, i) -> new Sealed(
                        row.getLong(1),
                        row.getLong(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getLong(7),
                        row.getString(8),
                        json(row.getBytes(9)),
                        json(row.getBytes(10))),
                from,
                SLICE);
        for (Sealed event : events) {
            index(event);
        }
        if (!events.isEmpty()) {
            jdbc.update(
                    "UPDATE history_progress SET position = ?",
                    events.get(events.size() - 1).position() + 1);
        }
        return events.size();
    }

    private void index(Sealed event) {
        JsonNode meta = event.metaData();
        jdbc.update(
                """
                INSERT INTO history_entries (global_index, position, event_identifier, event_type, aggregate_type,
                    aggregate_identifier, sequence_number, occurred_at, actor, organisation, roles, client_id,
                    correlation_id, causation_id, command_causation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.globalIndex(),
                event.position(),
                event.eventIdentifier(),
                event.simpleType(),
                event.aggregateType(),
                event.aggregateIdentifier(),
                event.sequenceNumber(),
                Timestamp.from(Instant.parse(event.timeStamp())),
                text(meta, "actor"),
                text(meta, "organisation"),
                roles(meta),
                text(meta, "clientId"),
                text(meta, "correlationId"),
                text(meta, "causationId"),
                text(meta, "commandCausationId"));
        JsonNode payload = event.payload();
        if (event.simpleType().equals("ProjectSubmittedEvent") && payload.hasNonNull("ownerOrganisation")) {
            jdbc.update(
                    "INSERT INTO history_project_owners (project_id, owner_organisation) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    payload.get("projectId").asText(),
                    payload.get("ownerOrganisation").asText());
        }
        if (event.simpleType().equals("CreditsIssuedEvent")) {
            jdbc.update(
                    "INSERT INTO history_issued_serials (project_id, serial_start, serial_end) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    payload.get("projectId").asText(),
                    payload.get("serialStart").asLong(),
                    payload.get("serialEnd").asLong());
        }
        for (String project : projectsOf(meta, payload)) {
            jdbc.update(
                    "INSERT INTO history_projects (project_id, position) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    project,
                    event.position());
        }
    }

    private Set<String> projectsOf(JsonNode meta, JsonNode payload) {
        Set<String> projects = new LinkedHashSet<>();
        if (payload.hasNonNull("projectId")) {
            projects.add(payload.get("projectId").asText());
        } else if (meta.hasNonNull("projectId")) {
            projects.add(meta.get("projectId").asText());
        }
        if (payload.has("serials") && payload.get("serials").isArray()) {
            for (JsonNode range : payload.get("serials")) {
                projects.addAll(jdbc.queryForList(
                        "SELECT project_id FROM history_issued_serials WHERE serial_start <= ? AND serial_end >= ?",
                        String.class,
                        range.get("end").asLong(),
                        range.get("start").asLong()));
            }
        }
        return projects;
    }

    private static String roles(JsonNode meta) {
        JsonNode roles = meta.get("roles");
        if (roles == null || roles.isNull()) {
            return null;
        }
        if (!roles.isArray()) {
            return roles.asText();
        }
        List<String> names = new ArrayList<>();
        roles.forEach(role -> names.add(role.asText()));
        return String.join(",", names);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static JsonNode json(byte[] bytes) {
        if (bytes == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private record Sealed(
            long position,
            long globalIndex,
            String eventIdentifier,
            String payloadType,
            String aggregateType,
            String aggregateIdentifier,
            long sequenceNumber,
            String timeStamp,
            JsonNode payload,
            JsonNode metaData) {

        String simpleType() {
            return payloadType.substring(payloadType.lastIndexOf('.') + 1);
        }
    }
}
