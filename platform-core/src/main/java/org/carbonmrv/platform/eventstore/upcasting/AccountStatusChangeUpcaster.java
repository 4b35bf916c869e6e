package org.carbonmrv.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;

/**
 * Until the account intents had events of their own, one {@code AccountStatusChangedEvent}
 * carried a status: SUSPENDED, OPEN (reinstated) or CLOSED. Each stored one reads as the event
 * of its intent, with its account and reason.
 */
public class AccountStatusChangeUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType STATUS_CHANGED =
            new SimpleSerializedType("org.carbonmrv.api.registry.AccountStatusChangedEvent", "1");
    private static final Map<String, String> EVENT_OF_STATUS = Map.of(
            "SUSPENDED", "org.carbonmrv.api.registry.AccountSuspendedEvent",
            "OPEN", "org.carbonmrv.api.registry.AccountReinstatedEvent",
            "CLOSED", "org.carbonmrv.api.registry.AccountClosedEvent");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(STATUS_CHANGED);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String status =
                representation.getData(JsonNode.class).getData().path("status").asText();
        String intent = EVENT_OF_STATUS.get(status);
        if (intent == null) {
            throw new IllegalStateException("a stored account status change to " + status + ", which no intent has");
        }
        return representation.upcastPayload(new SimpleSerializedType(intent, "1"), JsonNode.class, payload -> {
            ((ObjectNode) payload).remove("status");
            return payload;
        });
    }
}
