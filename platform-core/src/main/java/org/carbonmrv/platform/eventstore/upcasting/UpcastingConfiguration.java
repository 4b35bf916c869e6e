package org.carbonmrv.platform.eventstore.upcasting;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * Every service reads the one shared event store, so every service gets every upcaster: an event
 * stored in an old shape reads the same in the service that wrote it, in another service's
 * processors, and in an auditor's replay.
 */
@AutoConfiguration
public class UpcastingConfiguration {

    @Bean
    @Order(0)
    DatasetInlineUpcaster datasetInlineUpcaster() {
        return new DatasetInlineUpcaster();
    }

    @Bean
    @Order(1)
    AccountStatusChangeUpcaster accountStatusChangeUpcaster() {
        return new AccountStatusChangeUpcaster();
    }
}
