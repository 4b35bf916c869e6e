package org.carbonmrv.registry.ledger;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The ledger stays in memory between commands: a command loads it from this cache instead of
 * replaying every movement the registry ever made (docs/decisions/0010). Strong references, since
 * there is one ledger and a weak one would be dropped at the next young collection. A command
 * that another instance got in before fails on the event store's sequence check; Axon drops the
 * cached ledger on that rollback and the caller is told to retry (409).
 */
@Configuration
class LedgerCacheConfiguration {

    @Bean
    Cache registryLedgerCache() {
        return new StrongCache();
    }

    static final class StrongCache implements Cache {
        private final Map<Object, Object> entries = new ConcurrentHashMap<>();
        private final CopyOnWriteArrayList<EntryListener> listeners = new CopyOnWriteArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> V get(K key) {
            return (V) entries.get(key);
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
