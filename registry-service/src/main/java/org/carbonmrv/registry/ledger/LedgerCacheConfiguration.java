package org.carbonmrv.registry.ledger;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The ledger stays in memory between commands: a command loads it from this cache instead of
 * replaying every movement the registry ever made (docs/decisions/0010). Strong references, since
 * there is one ledger and a weak one would be dropped at the next young collection. With more than
 * one instance, another instance may have moved the ledger on: a cached ledger older than the
 * event store's last event for it is a miss, so the command replays it instead of failing.
 */
@Configuration
class LedgerCacheConfiguration {

    @Bean
    Cache registryLedgerCache(ObjectProvider<EventStore> eventStore) {
        return new StrongCache(id -> eventStore.getObject().lastSequenceNumberFor(id));
    }

    static final class StrongCache implements Cache {
        private static final Field VERSION = versionField();

        private final Map<Object, Object> entries = new ConcurrentHashMap<>();
        private final CopyOnWriteArrayList<EntryListener> listeners = new CopyOnWriteArrayList<>();
        private final Function<String, Optional<Long>> lastSequence;

        StrongCache(Function<String, Optional<Long>> lastSequence) {
            this.lastSequence = lastSequence;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> V get(K key) {
            Object entry = entries.get(key);
            if (entry instanceof AggregateCacheEntry<?> cached
                    && key instanceof String id
                    && !Objects.equals(versionOf(cached), lastSequence.apply(id).orElse(null))) {
                remove(key); // another instance appended to the ledger since this copy was cached
                return null;
            }
            return (V) entry;
        }

        private static Long versionOf(AggregateCacheEntry<?> entry) {
            try {
                return (Long) VERSION.get(entry);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Axon keeps the cached aggregate's sequence number private; it is what tells a stale copy. */
        private static Field versionField() {
            try {
                Field field = AggregateCacheEntry.class.getDeclaredField("version");
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("Axon's AggregateCacheEntry has no version field any more", e);
            }
        }

        @Override
        public void put(Object key, Object value) {
            Object previous = entries.put(key, value);
            listeners.forEach(l -> {
                if (previous == null) {
                    l.onEntryCreated(key, value);
                } else {
                    l.onEntryUpdated(key, value);
                }
            });
        }

        @Override
        public boolean putIfAbsent(Object key, Object value) {
            boolean added = entries.putIfAbsent(key, value) == null;
            if (added) {
                listeners.forEach(l -> l.onEntryCreated(key, value));
            }
            return added;
        }

        @Override
        public boolean remove(Object key) {
            boolean removed = entries.remove(key) != null;
            if (removed) {
                listeners.forEach(l -> l.onEntryRemoved(key));
            }
            return removed;
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public Registration registerCacheEntryListener(EntryListener listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
