package org.carbonmrv.api.monitoring;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One row of a destruction unit's operating log, from {@code from} to {@code to} (local time of the
 * project, end exclusive). {@code kind} is {@code shutdown} (the unit was down), {@code bypass}
 * (gas went round the unit) or {@code venting} (gas was released); {@code productionStopped} says
 * whether the production lines were stopped too; {@code statedDurationMinutes} is the duration as
 * the plant's log states it (checked against from/to, never trusted over them); {@code reference}
 * points to the source row.
 */
public record DowntimeEntry(String unitId, LocalDateTime from, LocalDateTime to, boolean productionStopped,
                            Integer statedDurationMinutes, String reference, String kind) {

    public static final String SHUTDOWN = "shutdown";
    public static final String BYPASS = "bypass";
    public static final String VENTING = "venting";
    public static final List<String> KINDS = List.of(SHUTDOWN, BYPASS, VENTING);

    public DowntimeEntry {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        kind = kind == null ? SHUTDOWN : kind;
    }

    public DowntimeEntry(String unitId, LocalDateTime from, LocalDateTime to, boolean productionStopped,
                         Integer statedDurationMinutes, String reference) {
        this(unitId, from, to, productionStopped, statedDurationMinutes, reference, SHUTDOWN);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isShutdown() {
        return SHUTDOWN.equals(kind);
    }

    /** Entries of one unit and one kind never overlap. */
    public boolean overlaps(DowntimeEntry other) {
        return unitId.equals(other.unitId) && kind.equals(other.kind) && from.isBefore(other.to) && other.from.isBefore(to);
    }
}
