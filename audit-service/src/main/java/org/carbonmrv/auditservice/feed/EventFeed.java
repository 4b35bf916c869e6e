package org.carbonmrv.auditservice.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The sealed history as a feed, in chain order, after a cursor (an event's sequence is its sealed
 * position + 1, so after {@code n} means from position {@code n} on): every event for those who read
 * every project, the events it may see for an organisation. A page is found by its
 * cursor through the index (keyset, not offset), so catching up costs the same at any age of
 * the history.
 */
@Component
public class EventFeed {

    private static final String COLUMNS = "h.position, h.event_identifier, h.event_type, h.aggregate_type,"
            + " h.aggregate_identifier, h.occurred_at, e.payload";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    EventFeed(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<CloudEvent> all(long after, int size) {
        return jdbc.query(
                "SELECT " + COLUMNS
                        + ", (SELECT min(p.project_id) FROM history_projects p WHERE p.position = h.position)"
                        + " AS project_id FROM history_entries h"
                        + " JOIN eventstore.domain_event_entry e ON e.global_index = h.global_index"
                        + " WHERE h.position >= ? ORDER BY h.position LIMIT ?",
                this::event,
                after,
                size);
    }

    /** The events an organisation may see ({@link FeedAudiences}): of its projects, its periods to verify, its accounts. */
    public List<CloudEvent> ofOrganisation(String organisation, long after, int size) {
        return jdbc.query(
                "WITH mine AS (SELECT a.position FROM feed_audiences a"
                        + " WHERE a.organisation = ? AND a.position >= ? ORDER BY a.position LIMIT ?)"
                        + " SELECT " + COLUMNS
                        + ", (SELECT min(p.project_id) FROM history_projects p WHERE p.position = h.position)"
                        + " AS project_id FROM mine"
                        + " JOIN history_entries h ON h.position = mine.position"
                        + " JOIN eventstore.domain_event_entry e ON e.global_index = h.global_index"
                        + " ORDER BY h.position",
                this::event,
                organisation,
                after,
                size);
    }

    /** The cursor after the last sealed event indexed so far: what a new subscriber starts from. */
    public long end() {
        Long last = jdbc.queryForObject("SELECT max(position) FROM history_entries", Long.class);
        return last == null ? 0 : last + 1;
    }

    private CloudEvent event(ResultSet row, int i) throws SQLException {
        String aggregateType = row.getString("aggregate_type");
        String aggregate = row.getString("aggregate_identifier");
        return new CloudEvent(
                CloudEvent.SPEC_VERSION,
                row.getString("event_identifier"),
                "/carbon-mrv/" + (aggregateType == null ? "events" : aggregateType) + "/" + aggregate,
                CloudEvent.TYPE_PREFIX + row.getString("event_type"),
                row.getString("project_id"),
                row.getTimestamp("occurred_at").toInstant().toString(),
                "application/json",
                // counted from 1, so that the cursor 0 is before the first event (sealed at position 0)
                String.valueOf(row.getLong("position") + 1),
                payload(row.getBytes("payload")));
    }

    private JsonNode payload(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored event's payload is JSON", e);
        }
    }
}
