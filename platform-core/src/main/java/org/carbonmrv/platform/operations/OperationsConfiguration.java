package org.carbonmrv.platform.operations;

import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
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

    @Bean
    ReadModelRebuild readModelRebuild(
            ApplicationContext context,
            EventStorageEngine storage,
            Configuration axon,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            @Value("${mrv.schema}") String schema,
            @Value("${mrv.read-models.rebuild-chunk}") int chunk) {
        return new ReadModelRebuild(context, storage, axon, jdbc, transaction, schema, chunk);
    }
}
