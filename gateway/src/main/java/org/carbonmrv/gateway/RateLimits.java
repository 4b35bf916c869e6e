package org.carbonmrv.gateway;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller: {@code capacity} requests at once, refilled at {@code perSecond}.
 * In memory, per gateway instance: with several gateways each keeps its own buckets, which is
 * enough to stop one client from flooding the platform; a shared limit would need Redis.
 */
final class RateLimits {

    private record Bucket(double tokens, long atNanos) {}

    private final double capacity;
    private final double perSecond;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(double capacity, double perSecond, Clock clock) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.clock = clock;
    }

    /** Takes one token for {@code caller}; false when its bucket is empty. */
    boolean tryAcquire(String caller) {
        long now = clock.instant().toEpochMilli() * 1_000_000L;
        boolean[] granted = new boolean[1];
        buckets.compute(caller, (key, bucket) -> {
            double tokens = bucket == null
                    ? capacity
                    : Math.min(capacity, bucket.tokens() + (now - bucket.atNanos()) / 1e9 * perSecond);
            granted[0] = tokens >= 1;
            return new Bucket(granted[0] ? tokens - 1 : tokens, now);
        });
        return granted[0];
    }
}
