package org.carbonmrv.api.registry;

/** Serials {@code start} to {@code end}, both inclusive. */
public record SerialRange(long start, long end) {
    public SerialRange {
        if (end < start) {
            throw new IllegalArgumentException("a serial range ends before it starts: " + start + ".." + end);
        }
    }

    public long quantity() {
        return end - start + 1;
    }
}
