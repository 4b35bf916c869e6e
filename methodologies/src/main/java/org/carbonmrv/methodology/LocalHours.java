package org.carbonmrv.methodology;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Turns hours elapsed since a period's first local hour into local (wall-clock) hour offsets. They
 * are the same unless the zone changes its offset within the period (daylight saving), where the
 * offset difference is added.
 */
public final class LocalHours {

    private final ZoneRules rules;
    private final Instant start;
    private final int startOffsetSeconds;
    private final boolean steady;

    public LocalHours(ZoneId zone, LocalDateTime from, LocalDateTime until) {
        this.rules = zone.getRules();
        this.start = from.atZone(zone).toInstant();
        this.startOffsetSeconds = rules.getOffset(start).getTotalSeconds();
        var change = rules.nextTransition(start);
        this.steady = change == null
                || !change.getInstant().isBefore(until.atZone(zone).toInstant());
    }

    /** The local hour offset of a value whose hour starts at {@code epochSecond}. */
    public long localHourStartingAt(long epochSecond) {
        return localHour((epochSecond - start.getEpochSecond()) / 3600);
    }

    public long localHour(long elapsedHours) {
        if (steady) {
            return elapsedHours;
        }
        int offset = rules.getOffset(start.plusSeconds(elapsedHours * 3600)).getTotalSeconds();
        return elapsedHours + (offset - startOffsetSeconds) / 3600;
    }
}
