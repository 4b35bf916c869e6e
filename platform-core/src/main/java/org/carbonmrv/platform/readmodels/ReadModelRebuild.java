package org.carbonmrv.platform.readmodels;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.carbonmrv.platform.problem.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rebuilds a service's read models from the event store alone. Every stored event (through the
 * upcasters) goes in global-index order through the handlers of every {@link RebuildableReadModel},
 * as they would have received it, but into shadow tables of the same shape in a schema of their
 * own ({@link ShadowTables}), a chunk of events (a thousand) to a transaction: a projection that deletes and
 * rewrites a row at every event leaves versions the next transactions can skip, where one long
 * transaction had to walk all of them at every lookup. Once the replay has caught up with the
 * store, one short transaction locks the live tables, replays what was committed meanwhile, and
 * puts the shadow rows in their place: readers see the old rows until then and the new ones after,
 * never a half-rebuilt table. A read model that is {@link ReplayedInMemory} gets the events in a
 * replayer of its own and has no copies: the replayer writes its rows into the emptied live
 * tables in that last transaction.
 */
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    /** What a rebuild did: the tables written again, the events replayed, how long it took. */
    public record Rebuilt(List<String> tables, long events, long millis) {}

    private final ApplicationContext context;
    private final EventStorageEngine storage;
    private final Configuration axon;
    private final TransactionTemplate transaction;
    private final ShadowTables shadows;
    private final int chunk;

    public ReadModelRebuild(
            ApplicationContext context,
            EventStorageEngine storage,
            Configuration axon,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            String schema,
            int chunk) {
        this.context = context;
        this.storage = storage;
        this.axon = axon;
        this.transaction = transaction;
        this.shadows = new ShadowTables(jdbc, schema);
        this.chunk = chunk;
    }

    public Rebuilt rebuild() {
        long started = System.nanoTime();
        Set<String> tables = new LinkedHashSet<>();
        Set<String> replayedBySql = new LinkedHashSet<>();
        List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        for (Object projection :
                context.getBeansWithAnnotation(RebuildableReadModel.class).values()) {
            RebuildableReadModel model = context.findAnnotationOnBean(beanName(projection), RebuildableReadModel.class);
            tables.addAll(List.of(model.tables()));
            Object target = projection;
            if (projection instanceof ReplayedInMemory inMemory) {
                ReplayedInMemory.Replayer replayer = inMemory.replayer();
                target = replayer.handlers();
                writes.add(replayer.write());
            } else {
                replayedBySql.addAll(List.of(model.tables()));
            }
            handlers.add(new AnnotationEventHandlerAdapter(target, axon.parameterResolverFactory()));
        }
        if (tables.isEmpty()) {
            return new Rebuilt(List.of(), 0, 0);
        }
        List<String> rebuilt = List.copyOf(tables);
        List<String> bySql = List.copyOf(replayedBySql);
        if (!shadows.claim()) {
            throw DomainException.conflict(
                    "rebuild-running", "a rebuild of this service's read models is running; try again later");
        }
        try {
            Stopwatch watch = new Stopwatch();
            watch.time("copies made", () -> transaction.executeWithoutResult(status -> shadows.create(bySql)));
            // a chunk that is not full has reached the end of the store
            Replay replay = new Replay(null, 0, chunk);
            for (long chunks = 0; replay.lastChunk() == chunk; chunks++) {
                Replay from = replay;
                // statistics at the first chunk and whenever the replay has doubled since: kept near the tables' sizes
                boolean analyze = Long.bitCount(chunks) <= 1;
                replay = watch.time(
                        "chunks replayed",
                        () -> transaction.execute(status -> {
                            if (analyze) {
                                watch.time("statistics", () -> shadows.analyze(bySql));
                            }
                            shadows.writeToShadows();
                            return watch.time("events applied", () -> replayFrom(from, handlers, chunk, watch));
                        }));
            }
            Replay caughtUp = replay;
            Replay done = watch.time(
                    "put in place",
                    () -> transaction.execute(status -> {
                        shadows.lockLive(rebuilt);
                        shadows.analyze(bySql);
                        shadows.writeToShadows();
                        Replay rest = replayFrom(caughtUp, handlers, Integer.MAX_VALUE, watch);
                        shadows.swapIn(rebuilt, bySql);
                        // what was replayed in memory goes straight into the emptied live tables, written once
                        watch.time("written from memory", () -> writes.forEach(Runnable::run));
                        shadows.followSequences(rebuilt);
                        return rest;
                    }));
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info("rebuilt {} from {} events in {} ms ({})", rebuilt, done.events(), millis, watch);
            return new Rebuilt(rebuilt, done.events(), millis);
        } finally {
            shadows.dropAndRelease();
        }
    }

    /** How far a replay has come: the position of its last event, how many it replayed, how many in its last chunk. */
    private record Replay(TrackingToken position, long events, int lastChunk) {}

    private Replay replayFrom(Replay from, List<AnnotationEventHandlerAdapter> handlers, int atMost, Stopwatch watch) {
        TrackingToken position = from.position();
        int count = 0;
        long handling = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(position, false)) {
            var iterator = events.iterator();
            while (count < atMost && iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                long started = System.nanoTime();
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    if (handler.canHandle(event)) {
                        handle(handler, event);
                    }
                }
                handling += System.nanoTime() - started;
                position = event.trackingToken();
                count++;
            }
        }
        watch.add("handlers", handling);
        return new Replay(position, from.events() + count, count);
    }

    private static void handle(AnnotationEventHandlerAdapter handler, TrackedEventMessage<?> event) {
        try {
            handler.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "replaying event " + event.getIdentifier() + " ("
                            + event.getPayloadType().getSimpleName() + ") failed: " + e.getMessage(),
                    e);
        }
    }

    private String beanName(Object bean) {
        for (String name : context.getBeanNamesForType(bean.getClass())) {
            return name;
        }
        throw new IllegalStateException("no bean of " + bean.getClass());
    }
}
