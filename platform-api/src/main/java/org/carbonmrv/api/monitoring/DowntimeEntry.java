package org.carbonmrv.api.monitoring;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of a destruction unit's shutdown log: the unit was down from {@code from} to {@code to}
 * (local time of the project, end exclusive). {@code productionStopped} says whether the
 * production lines were stopped too; {@code statedDurationMinutes} is the duration as the plant's
 * log states it (checked against from/to, never trusted over them); {@code reference} points to the
 * source row.
 */
public record DowntimeEntry(String unitId, LocalDateTime from, LocalDateTime to, boolean productionStopped,
                            Integer statedDurationMinutes, String reference) {
    public DowntimeEntry {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean overlaps(DowntimeEntry other) {
        return unitId.equals(other.unitId) && from.isBefore(other.to) && other.from.isBefore(to);
    }
}
