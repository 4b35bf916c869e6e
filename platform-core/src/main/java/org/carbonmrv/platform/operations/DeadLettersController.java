package org.carbonmrv.platform.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The events this service's tracking processors could not handle, parked in the dead-letter queue
 * with their cause: a platform operator sees them and, once the cause is mended, has them handled
 * again (in their order: a sequence waits behind its first dead letter).
 */
@RestController
@RequestMapping("${mrv.operations.path}/dead-letters")
@PreAuthorize("hasRole('" + Role.PLATFORM_OPERATOR + "')")
public class DeadLettersController {

    public record DeadLetterView(
            String processingGroup,
            String projectId,
            String eventType,
            String eventId,
            String causeType,
            String causeMessage,
            Instant enqueuedAt,
            Instant lastTouched) {}

    public record Retried(String processingGroup, int handled, long stillDead) {}

    private final EventProcessingConfiguration processing;

    DeadLettersController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @GetMapping
    public List<DeadLetterView> deadLetters() {
        List<DeadLetterView> found = new ArrayList<>();
        for (String group : processing.eventProcessors().keySet()) {
            processing.deadLetterQueue(group).ifPresent(queue -> {
                for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                    for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                        found.add(new DeadLetterView(
                                group,
                                (String) letter.message().getMetaData().get("projectId"),
                                letter.message().getPayloadType().getName(),
                                letter.message().getIdentifier(),
                                letter.cause().map(c -> c.type()).orElse(null),
                                letter.cause().map(c -> c.message()).orElse(null),
                                letter.enqueuedAt(),
                                letter.lastTouched()));
                    }
                }
            });
        }
        return found;
    }

    @PostMapping("/{processingGroup}/retry")
    public Retried retry(@PathVariable String processingGroup) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> DomainException.notFound(
                        "processing-group-not-found",
                        "no dead-letter queue for " + processingGroup + " in this service"));
        int handled = 0;
        long before = size(processingGroup);
        // each round takes one sequence whose first letter is not being retried elsewhere; stop when none is handled
        for (long round = 0; round < before && processor.processAny(); round++) {
            handled++;
        }
        return new Retried(processingGroup, handled, size(processingGroup));
    }

    private long size(String group) {
        return processing.deadLetterQueue(group).map(q -> q.amountOfSequences()).orElse(0L);
    }
}
