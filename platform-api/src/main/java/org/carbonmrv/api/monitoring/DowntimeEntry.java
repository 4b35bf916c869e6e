package org.carbonmrv.api.monitoring;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of a destruction unit's operating log, from {@code from} to {@code to} (local time of the
 * project, end exclusive), of a {@link DowntimeKind}; {@code productionStopped} says
 * whether the production lines were stopped too; {@code statedDurationMinutes} is the duration as
 * the plant's log states it (checked against from/to, never trusted over them); {@code reference}
 * points to the source row.
 */
public record DowntimeEntry(
        String unitId,
        LocalDateTime from,
        LocalDateTime to,
        boolean productionStopped,
        Integer statedDurationMinutes,
        String reference,
        DowntimeKind kind) {

    public DowntimeEntry {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        kind = kind == null ? DowntimeKind.SHUTDOWN : kind;
    }

    public DowntimeEntry(
            String unitId,
            LocalDateTime from,
            LocalDateTime to,
            boolean productionStopped,
            Integer statedDurationMinutes,
            String reference) {
        this(unitId, from, to, productionStopped, statedDurationMinutes, reference, DowntimeKind.SHUTDOWN);
    }

    @JsonIgnore
    public boolean isShutdown() {
        return kind == DowntimeKind.SHUTDOWN;
    }

    /** Entries of one unit and one kind never overlap. */
    public boolean overlaps(DowntimeEntry other) {
        return unitId.equals(other.unitId) && kind == other.kind && from.isBefore(other.to) && other.from.isBefore(to);
    }
}
