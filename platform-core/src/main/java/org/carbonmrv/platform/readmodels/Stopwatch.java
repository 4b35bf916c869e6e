package org.carbonmrv.platform.readmodels;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Where a rebuild spent its time, by phase: what an operator reads in the log to see why one was slow. */
final class Stopwatch {

    private final Map<String, Long> nanosByPhase = new LinkedHashMap<>();

    <T> T time(String phase, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(phase, System.nanoTime() - started);
        }
    }

    void add(String phase, long nanos) {
        nanosByPhase.merge(phase, nanos, Long::sum);
    }

    void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public String toString() {
        return nanosByPhase.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms")
                .collect(Collectors.joining(", "));
    }
}
