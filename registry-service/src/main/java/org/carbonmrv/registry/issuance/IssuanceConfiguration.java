package org.carbonmrv.registry.issuance;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IssuanceConfiguration {

    /** A failed issuance must be retried, not logged and skipped: credits depend on it. */
    @Bean
    ConfigurerModule issuanceRetries() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler("issuance", c -> PropagatingErrorHandler.instance());
    }
}
