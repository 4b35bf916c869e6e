package org.carbonmrv.platform.operations;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.carbonmrv.platform.readmodels.ReadModelRebuild;
import org.carbonmrv.platform.readmodels.ReadModelsController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The operator's endpoints of a service, under its {@code mrv.operations.path}. */
@AutoConfiguration
@ConditionalOnProperty("mrv.operations.path")
@Import({DeadLettersController.class, ReadModelsController.class})
public class OperationsConfiguration {

    /**
     * The rebuild reads the store through an engine of its own, set up as Axon sets up the
     * service's, but fetching a chunk's events in one query: the service's engine fetches a
     * hundred at a time, which suits processors that follow the head of the store, not a replay
     * of all of it.
     */
    @Bean
    ReadModelRebuild readModelRebuild(
            ApplicationContext context,
            Configuration axon,
            ConnectionProvider connections,
            PersistenceExceptionResolver exceptions,
            TransactionManager transactions,
            EventSchema eventSchema,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            @Value("${mrv.schema}") String schema,
            @Value("${mrv.read-models.rebuild-chunk}") int chunk) {
        EventStorageEngine storage = JdbcEventStorageEngine.builder()
                .snapshotSerializer(axon.serializer())
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(axon.eventSerializer())
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(eventSchema)
                .batchSize(chunk)
                .build();
        return new ReadModelRebuild(context, storage, axon, jdbc, transaction, schema, chunk);
    }
}
