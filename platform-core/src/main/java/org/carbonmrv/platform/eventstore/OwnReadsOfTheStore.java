package org.carbonmrv.platform.eventstore;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns off Axon's shared read-ahead of the event store ({@code optimize-event-consumption}),
 * before any bean is made. With it, one producer reads the store to its end for all of a
 * service's processors and keeps every event that a processor has not yet passed in memory: a
 * processor far behind (a burst of a million events from another service, or a processor
 * replaying a long history) held hundreds of thousands of events on the service's 512 MB heap,
 * and the service did little but collect garbage (AxonFramework issue 2954). Each processor now
 * reads the store itself, a batch at a time. A value set on the command line is kept.
 */
public class OwnReadsOfTheStore implements EnvironmentPostProcessor {

    static final String SETTING = "optimize-event-consumption";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(SETTING) == null) {
            System.setProperty(SETTING, "false");
        }
    }
}
