package org.carbonmrv.platform.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.carbonmrv.platform.audit.AuditMetadata;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Every service appends to, and reads from, the one event store in schema {@code eventstore};
 * each keeps its processors' tracking tokens in its own schema ({@code mrv.schema}).
 */
@AutoConfiguration
@AutoConfigureBefore(name = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
public class EventStoreConfiguration {

    static {
        // the store keeps an event's time to the millisecond (Axon's ISO text): an event stamped to the
        // nanosecond gives its live projections a time that no replay of the history can give again
        GenericEventMessage.clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("eventstore.domain_event_entry")
                .snapshotTable("eventstore.snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .build();
    }

    @Bean
    TokenSchema tokenSchema(@Value("${mrv.schema}") String schema) {
        return TokenSchema.builder()
                .setTokenTable(schema + ".token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Axon's origin provider under our names: {@code causationId} is the message that caused this
     * one, {@code correlationId} the first message of the whole chain (usually the HTTP request).
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(AuditMetadata.CAUSATION_ID, AuditMetadata.CORRELATION_ID);
    }

    /** What caused a command goes onto the events its handling applies: the chain of causes goes through the command. */
    @Bean
    CorrelationDataProvider commandCausationProvider() {
        return message -> message instanceof CommandMessage<?> command
                        && command.getMetaData().get(AuditMetadata.CAUSATION_ID) instanceof String cause
                ? Map.of(AuditMetadata.COMMAND_CAUSATION_ID, cause)
                : Map.of();
    }

    /** Copies who acted from a command onto the events it causes, and on down the chain. */
    @Bean
    CorrelationDataProvider auditMetadataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.PROPAGATED_KEYS);
    }
}
