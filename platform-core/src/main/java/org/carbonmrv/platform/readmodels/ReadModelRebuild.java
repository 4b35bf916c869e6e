package org.carbonmrv.platform.readmodels;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Rebuilds a service's read models from the event store alone: in one transaction, empties the
 * tables of every {@link RebuildableReadModel} and replays every stored event (through the
 * upcasters) in global-index order through their handlers, as they would have received them.
 * The tables are locked until it commits: readers and writers of them wait (and are answered 503
 * past the pool's wait), nobody sees them half rebuilt.
 */
public class ReadModelRebuild {

    /** What a rebuild did: the tables written again, the events replayed, how long it took. */
    public record Rebuilt(List<String> tables, long events, long millis) {}

    private final ApplicationContext context;
    private final EventStorageEngine storage;
    private final Configuration axon;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public ReadModelRebuild(
            ApplicationContext context,
            EventStorageEngine storage,
            Configuration axon,
            JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this.context = context;
        this.storage = storage;
        this.axon = axon;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    public Rebuilt rebuild() {
        long started = System.nanoTime();
        List<Object> projections = new ArrayList<>(
                context.getBeansWithAnnotation(RebuildableReadModel.class).values());
        Set<String> tables = new LinkedHashSet<>();
        List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
        for (Object projection : projections) {
            RebuildableReadModel model = context.findAnnotationOnBean(beanName(projection), RebuildableReadModel.class);
            tables.addAll(List.of(model.tables()));
            handlers.add(new AnnotationEventHandlerAdapter(projection, axon.parameterResolverFactory()));
        }
        if (tables.isEmpty()) {
            return new Rebuilt(List.of(), 0, 0);
        }
        AtomicLong replayed = new AtomicLong();
        transaction.executeWithoutResult(status -> {
            jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY");
            try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
                events.forEach(event -> {
                    for (AnnotationEventHandlerAdapter handler : handlers) {
                        if (handler.canHandle(event)) {
                            try {
                                handler.handle(event);
                            } catch (Exception e) {
                                throw new IllegalStateException(
                                        "replaying event " + event.getIdentifier() + " ("
                                                + event.getPayloadType().getSimpleName() + ") failed: "
                                                + e.getMessage(),
                                        e);
                            }
                        }
                    }
                    replayed.incrementAndGet();
                });
            }
        });
        return new Rebuilt(List.copyOf(tables), replayed.get(), (System.nanoTime() - started) / 1_000_000);
    }

    private String beanName(Object bean) {
        for (String name : context.getBeanNamesForType(bean.getClass())) {
            return name;
        }
        throw new IllegalStateException("no bean of " + bean.getClass());
    }
}
