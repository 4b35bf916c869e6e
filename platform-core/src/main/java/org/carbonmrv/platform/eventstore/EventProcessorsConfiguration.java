package org.carbonmrv.platform.eventstore;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;

/**
 * How event handlers fail and share work (each bean below says its part). Processing groups that act on another service's events (issue credits, mark reports stale)
 * must never log and skip a failed event, as Axon does by default: a service lists them in
 * {@code mrv.retrying-processors}, their failures propagate, and with a dead-letter queue
 * ({@code axon.eventhandling.processors.<group>.dlq.enabled}) the failed event is parked there,
 * visible and retryable by a platform operator, while the group goes on with other sequences.
 */
@AutoConfiguration
public class EventProcessorsConfiguration {

    @Bean
    HandlerEnhancerDefinition savepointPerEventHandler(PlatformTransactionManager transactions) {
        return new SavepointPerEventHandler(transactions);
    }

    @Bean
    ConfigurerModule readModelFailuresFailTheCommand() {
        return configurer -> configurer
                .eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> new ReadModelFailureHandler());
    }

    /**
     * With several instances of a service, each pooled processor claims at most this many segments,
     * so the instances share the work instead of the first taking every segment. Unset, one
     * instance may claim them all (and takes over those of an instance that stops).
     */
    @Bean
    ConfigurerModule sharedSegments(@Value("${mrv.processors.max-claimed-segments:0}") int maxClaimed) {
        return configurer -> {
            if (maxClaimed > 0) {
                configurer
                        .eventProcessing()
                        .registerPooledStreamingEventProcessorConfiguration(
                                (configuration, builder) -> builder.maxClaimedSegments(maxClaimed));
            }
        };
    }

    @Bean
    ConfigurerModule retryingProcessors(@Value("${mrv.retrying-processors:}") List<String> groups) {
        return configurer -> groups.stream()
                .filter(g -> !g.isBlank())
                .forEach(group -> configurer
                        .eventProcessing()
                        .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance()));
    }
}
