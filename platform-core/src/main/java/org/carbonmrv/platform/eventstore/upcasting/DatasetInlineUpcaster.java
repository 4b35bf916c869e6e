package org.carbonmrv.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.carbonmrv.api.calculation.ReductionsCalculatedEvent;

/**
 * Revision 1 of {@link ReductionsCalculatedEvent} carried its data set inline; revision 2 names it
 * by digest only. Versions of a store from before the change keep their data set in the read
 * model's {@code calculation_versions.dataset} (docs/decisions/0007).
 */
public class DatasetInlineUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ReductionsCalculatedEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(ReductionsCalculatedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).remove("dataset");
            return payload;
        });
    }
}
