package org.carbonmrv.api.monitoring;

import java.util.List;
import java.util.Objects;

/**
 * A meter of the monitoring plan. {@code serves} names the destruction units it measures for, or
 * {@code production} for the production lines; {@code redundancyGroup} and {@code redundancyRule}
 * tie redundant meters together ("series-take-lower", "primary-backup").
 */
public record Meter(
        String serial,
        String type,
        String model,
        String accuracy,
        String dcsTag,
        String measures,
        List<String> serves,
        String redundancyGroup,
        String redundancyRule) {
    public Meter {
        Objects.requireNonNull(serial, "serial");
        serves = serves == null ? List.of() : List.copyOf(serves);
    }
}
