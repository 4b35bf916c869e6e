package org.carbonmrv.registry;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.carbonmrv.api.registry.AccountClosedEvent;
import org.carbonmrv.api.registry.AccountSuspendedEvent;
import org.carbonmrv.platform.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored before the account intents had their own events read, through the service's own event store, as today's. */
@SpringBootTest
class StoredEventsIT extends PostgresIntegrationTest {

    @Autowired
    EventStore events;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAccountStatusChangeInTheStoreReadsAsItsIntent() {
        String aggregate = "stored-events-" + UUID.randomUUID();
        store(aggregate, 0, "{\"accountId\":\"holding:x\",\"status\":\"SUSPENDED\",\"reason\":\"inquiry\"}");
        store(aggregate, 1, "{\"accountId\":\"holding:x\",\"status\":\"CLOSED\",\"reason\":\"empty\"}");

        List<Object> read = new ArrayList<>();
        events.readEvents(aggregate).forEachRemaining(e -> read.add(e.getPayload()));

        assertThat(read)
                .containsExactly(
                        new AccountSuspendedEvent("holding:x", "inquiry"),
                        new AccountClosedEvent("holding:x", "empty"));
    }

    private void store(String aggregate, long sequence, String payload) {
        jdbc.update(
                """
                INSERT INTO eventstore.domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                                                           time_stamp, aggregate_identifier, sequence_number, type)
                VALUES (?, ?, ?, '1', 'org.carbonmrv.api.registry.AccountStatusChangedEvent', '2026-11-20T08:00:00Z', ?, ?, 'RegistryLedger')""",
                UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8),
                aggregate,
                sequence);
    }
}
