package org.carbonmrv.gateway;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void letsABurstThroughThenRefillsAtTheSteadyRate() {
        MovableClock clock = new MovableClock();
        RateLimits limits = new RateLimits(3, 2, clock);
        assertThat(limits.tryAcquire("a")).isTrue();
        assertThat(limits.tryAcquire("a")).isTrue();
        assertThat(limits.tryAcquire("a")).isTrue();
        assertThat(limits.tryAcquire("a")).isFalse();
        assertThat(limits.tryAcquire("b"))
                .as("another caller has its own bucket")
                .isTrue();
        clock.now = clock.now.plus(Duration.ofMillis(500));
        assertThat(limits.tryAcquire("a")).isTrue();
        assertThat(limits.tryAcquire("a")).isFalse();
    }
}
