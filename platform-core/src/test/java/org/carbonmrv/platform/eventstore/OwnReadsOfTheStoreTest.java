package org.carbonmrv.platform.eventstore;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.lang.reflect.Field;

import static org.assertj.core.api.Assertions.assertThat;

class OwnReadsOfTheStoreTest {

    @Configuration
    static class NothingElse {}

    @AfterEach
    void forget() {
        System.clearProperty(OwnReadsOfTheStore.SETTING);
    }

    @Test
    void everyServiceStartsWithItsProcessorsReadingTheStoreThemselves() throws Exception {
        System.clearProperty(OwnReadsOfTheStore.SETTING);
        try (ConfigurableApplicationContext started = new SpringApplicationBuilder(NothingElse.class)
                .web(WebApplicationType.NONE)
                .run()) {
            EmbeddedEventStore store = EmbeddedEventStore.builder()
                    .storageEngine(new InMemoryEventStorageEngine())
                    .build();
            try {
                assertThat(sharedReadAhead(store)).isFalse();
            } finally {
                store.shutDown();
            }
        }
    }

    @Test
    void anOperatorsChoiceOnTheCommandLineIsKept() {
        System.setProperty(OwnReadsOfTheStore.SETTING, "true");
        new OwnReadsOfTheStore().postProcessEnvironment(null, null);
        assertThat(System.getProperty(OwnReadsOfTheStore.SETTING)).isEqualTo("true");
    }

    /** Axon gives no getter: the builder's choice is read from the store's field. */
    private static boolean sharedReadAhead(EmbeddedEventStore store) throws ReflectiveOperationException {
        Field field = EmbeddedEventStore.class.getDeclaredField("optimizeEventConsumption");
        field.setAccessible(true);
        return field.getBoolean(store);
    }
}
