package org.carbonmrv.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.carbonmrv.api.calculation.ReductionsCalculatedEvent;
import org.carbonmrv.api.registry.AccountClosedEvent;
import org.carbonmrv.api.registry.AccountReinstatedEvent;
import org.carbonmrv.api.registry.AccountSuspendedEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored in their old shapes (JSON fixtures as the store holds them) read as today's events. */
class UpcastersTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final JacksonSerializer SERIALIZER =
            JacksonSerializer.builder().objectMapper(JSON).build();
    private static final EventUpcasterChain UPCASTERS =
            new EventUpcasterChain(new DatasetInlineUpcaster(), new AccountStatusChangeUpcaster());

    @Test
    void anAccountStatusChangeReadsAsTheEventOfItsIntent() throws IOException {
        List<GenericDomainEventEntry<byte[]>> stored = new ArrayList<>();
        long sequence = 0;
        for (JsonNode change : fixture("account-status-changed-v1.json")) {
            stored.add(entry(sequence++, "org.carbonmrv.api.registry.AccountStatusChangedEvent", "1", change));
        }
        List<Object> read = payloads(stored);
        assertThat(read)
                .containsExactly(
                        new AccountSuspendedEvent("holding:juhua-chem", "inquiry into the offset claim"),
                        new AccountReinstatedEvent("holding:juhua-chem", "cleared"),
                        new AccountClosedEvent("holding:juhua-chem:1a2b3c4d", "empty"));
    }

    @Test
    void aVersionThatCarriedItsDataSetInlineReadsWithItsDigestOnly() throws IOException {
        var stored = entry(0, ReductionsCalculatedEvent.class.getName(), "1", fixture("reductions-calculated-v1.json"));
        ReductionsCalculatedEvent read =
                (ReductionsCalculatedEvent) payloads(List.of(stored)).get(0);
        assertThat(read.datasetDigest()).hasSize(64);
        assertThat(read.results()).containsEntry("ER_y", "3999500");
    }

    private static List<Object> payloads(List<GenericDomainEventEntry<byte[]>> stored) {
        DomainEventStream stream =
                EventStreamUtils.upcastAndDeserializeDomainEvents(stored.stream(), SERIALIZER, UPCASTERS);
        List<Object> payloads = new ArrayList<>();
        stream.forEachRemaining(message -> payloads.add(message.getPayload()));
        return payloads;
    }

    private static GenericDomainEventEntry<byte[]> entry(long sequence, String type, String revision, JsonNode payload)
            throws IOException {
        return new GenericDomainEventEntry<>(
                "RegistryLedger",
                "registry",
                sequence,
                "event-" + sequence + "-" + type.hashCode(),
                Instant.parse("2026-11-20T08:00:00Z"),
                type,
                revision,
                JSON.writeValueAsBytes(payload),
                "{}".getBytes());
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = UpcastersTest.class.getResourceAsStream("/upcasting/" + name)) {
            return JSON.readTree(in);
        }
    }
}
