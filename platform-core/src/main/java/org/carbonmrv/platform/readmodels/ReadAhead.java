package org.carbonmrv.platform.readmodels;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;

/**
 * The store read from its start on a thread of its own, ahead of the replay, each event a
 * handler wants already deserialized: the database's read and the deserializing overlap with the
 * handlers on the replay's thread instead of taking turns with them. Ends where the store ended
 * when the reader got there; what is committed later is the caller's to read.
 */
final class ReadAhead implements Iterator<TrackedEventMessage<?>>, AutoCloseable {

    /** What the reader puts after the last event, or when it failed. */
    private record End(RuntimeException failure) {}

    private final BlockingQueue<Object> read = new ArrayBlockingQueue<>(4_096);
    private final Thread reader;
    private volatile boolean closed;
    private Object next;

    ReadAhead(EventStorageEngine storage, List<AnnotationEventHandlerAdapter> handlers) {
        reader = new Thread(() -> readAll(storage, handlers), "read-model-rebuild-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll(EventStorageEngine storage, List<AnnotationEventHandlerAdapter> handlers) {
        End end = new End(null);
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (!closed && iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                if (handlers.stream().anyMatch(h -> h.canHandle(event))) {
                    deserialize(event);
                }
                read.put(event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            end = new End(e);
        }
        try {
            read.put(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deserialize(TrackedEventMessage<?> event) {
        try {
            event.getPayload();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "event " + event.getIdentifier() + " ("
                            + event.getPayloadType().getSimpleName() + ") could not be read: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = read.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the event store", e);
            }
        }
        if (next instanceof End end) {
            if (end.failure() != null) {
                throw new IllegalStateException(
                        "reading the event store failed: " + end.failure().getMessage(), end.failure());
            }
            return false;
        }
        return true;
    }

    @Override
    public TrackedEventMessage<?> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TrackedEventMessage<?> event = (TrackedEventMessage<?>) next;
        next = null;
        return event;
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
    }
}
