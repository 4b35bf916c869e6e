package org.carbonmrv.calculation.report;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class StaleReportsConfiguration {

    /** A report that should be stale must not stay fresh because of a passing failure: retry. */
    @Bean
    ConfigurerModule staleReportsRetries() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler("stale-reports", c -> PropagatingErrorHandler.instance());
    }
}
