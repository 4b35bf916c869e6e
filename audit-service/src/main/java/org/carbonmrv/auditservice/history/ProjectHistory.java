package org.carbonmrv.auditservice.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.platform.paging.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the auditor's index: a project's history across every service, and one event's causes and effects. */
@Component
class ProjectHistory {

    private static final String COLUMNS = "h.global_index, h.position, h.event_identifier, h.event_type,"
            + " h.aggregate_type, h.aggregate_identifier, h.sequence_number, h.occurred_at, h.actor, h.organisation,"
            + " h.roles, h.client_id, h.correlation_id, h.causation_id, h.command_causation_id";
    private static final int CHAIN_LIMIT = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    ProjectHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> ownerOf(String projectId) {
        return jdbc
                .queryForList(
                        "SELECT owner_organisation FROM history_project_owners WHERE project_id = ?",
                        String.class,
                        projectId)
                .stream()
                .findFirst();
    }

    Page<HistoryEntry> of(String projectId, HistoryFilter filter, int page, int size) {
        StringBuilder where =
                new StringBuilder(" FROM history_projects p JOIN history_entries h ON h.position = p.position"
                        + " WHERE p.project_id = ?");
        List<Object> args = new ArrayList<>(List.of(projectId));
        List<String> kinds = filter.kinds() == null
                ? List.of()
                : filter.kinds().stream()
                        .map(String::strip)
                        .filter(k -> !k.isEmpty())
                        .toList();
        if (!kinds.isEmpty()) {
            where.append(" AND h.event_type = ANY (?)");
            args.add(kinds.toArray(String[]::new));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND h.actor = ?");
            args.add(filter.actor());
        }
        if (filter.from() != null) {
            where.append(" AND h.occurred_at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND h.occurred_at < ?");
            args.add(Timestamp.from(filter.to()));
        }
        Long total = jdbc.queryForObject("SELECT count(*)" + where, Long.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add(size);
        paged.add(Page.offset(page, size));
        List<HistoryEntry> items = jdbc.query(
                "SELECT " + COLUMNS + where + " ORDER BY h.position LIMIT ? OFFSET ?",
                (row, i) -> entry(row),
                paged.toArray());
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    /**
     * The project as it stood after the last of its sealed events at or before {@code at}, or with a
     * global index at most {@code upToGlobalIndex}: folded from the events, not read from any read model.
     */
    ProjectState stateAsOf(String projectId, Instant at, Long upToGlobalIndex) {
        ProjectStateFold fold = new ProjectStateFold(projectId);
        StringBuilder sql = new StringBuilder(
                "SELECT h.global_index, h.position, h.occurred_at, h.event_type, e.payload"
                        + " FROM history_projects p JOIN history_entries h ON h.position = p.position"
                        + " JOIN eventstore.domain_event_entry e ON e.global_index = h.global_index WHERE p.project_id = ?");
        List<Object> args = new ArrayList<>(List.of(projectId));
        if (at != null) {
            sql.append(" AND h.occurred_at <= ?");
            args.add(Timestamp.from(at));
        }
        if (upToGlobalIndex != null) {
            sql.append(" AND h.global_index <= ?");
            args.add(upToGlobalIndex);
        }
        sql.append(" ORDER BY h.position");
        jdbc.query(
                sql.toString(),
                row -> {
                    fold.apply(
                            row.getLong(1),
                            row.getLong(2),
                            row.getTimestamp(3).toInstant(),
                            row.getString(4),
                            json(row.getBytes(5)));
                },
                args.toArray());
        return fold.state();
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** The projects an event concerns (none: not a project's event). */
    List<String> projectsOf(long globalIndex) {
        return jdbc.queryForList(
                "SELECT p.project_id FROM history_projects p JOIN history_entries h ON h.position = p.position"
                        + " WHERE h.global_index = ?",
                String.class,
                globalIndex);
    }

    Optional<Causality> causality(long globalIndex) {
        Optional<HistoryEntry> found = one("h.global_index = ?", globalIndex);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HistoryEntry event = found.get();
        List<HistoryEntry> causedBy = new ArrayList<>();
        HistoryEntry at = event;
        while (causedBy.size() < CHAIN_LIMIT) {
            Optional<HistoryEntry> cause = causeOf(at);
            if (cause.isEmpty()) {
                break;
            }
            at = cause.get();
            causedBy.add(at);
        }
        Map<String, HistoryEntry> caused = new LinkedHashMap<>();
        List<String> frontier = List.of(event.eventIdentifier());
        while (!frontier.isEmpty() && caused.size() < CHAIN_LIMIT) {
            // what an event caused: events its handlers applied, and events of the commands its handlers sent
            List<HistoryEntry> next = jdbc.query(
                    "SELECT " + COLUMNS + " FROM history_entries h WHERE h.causation_id = ANY (?)"
                            + " OR h.command_causation_id = ANY (?) ORDER BY h.position",
                    (row, i) -> entry(row),
                    (Object) frontier.toArray(String[]::new),
                    (Object) frontier.toArray(String[]::new));
            List<String> ids = new ArrayList<>();
            for (HistoryEntry effect : next) {
                if (caused.putIfAbsent(effect.eventIdentifier(), effect) == null) {
                    ids.add(effect.eventIdentifier());
                }
            }
            frontier = ids;
        }
        List<HistoryEntry> correlated = event.correlationId() == null
                ? List.of()
                : jdbc.query(
                        "SELECT " + COLUMNS
                                + " FROM history_entries h WHERE h.correlation_id = ? ORDER BY h.position LIMIT ?",
                        (row, i) -> entry(row),
                        event.correlationId(),
                        CHAIN_LIMIT);
        return Optional.of(new Causality(event, causedBy, List.copyOf(caused.values()), correlated));
    }

    /** The event an event came from: directly, or through the command an event's handler sent. */
    private Optional<HistoryEntry> causeOf(HistoryEntry event) {
        if (event.causationId() != null) {
            Optional<HistoryEntry> direct = one("h.event_identifier = ?", event.causationId());
            if (direct.isPresent()) {
                return direct;
            }
        }
        return event.commandCausationId() == null
                ? Optional.empty()
                : one("h.event_identifier = ?", event.commandCausationId());
    }

    private Optional<HistoryEntry> one(String condition, Object value) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM history_entries h WHERE " + condition,
                        (row, i) -> entry(row),
                        value)
                .stream()
                .findFirst();
    }

    private static HistoryEntry entry(ResultSet row) throws SQLException {
        String roles = row.getString(11);
        return new HistoryEntry(
                row.getLong(1),
                row.getLong(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getLong(7),
                row.getTimestamp(8).toInstant(),
                row.getString(9),
                row.getString(10),
                roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
                row.getString(12),
                row.getString(13),
                row.getString(14),
                row.getString(15));
    }
}
