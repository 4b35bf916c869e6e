package org.carbonmrv.platform.eventstore;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * Processing groups that act on another service's events (issue credits, mark reports stale)
 * must retry a failed event, not log and skip it as Axon does by default: a service lists them in
 * {@code mrv.retrying-processors}.
 */
@AutoConfiguration
public class RetryingProcessorsConfiguration {

    @Bean
    ConfigurerModule readModelFailuresFailTheCommand() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> new ReadModelFailureHandler());
    }

    @Bean
    ConfigurerModule retryingProcessors(@Value("${mrv.retrying-processors:}") List<String> groups) {
        return configurer -> groups.stream().filter(g -> !g.isBlank()).forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance()));
    }
}
