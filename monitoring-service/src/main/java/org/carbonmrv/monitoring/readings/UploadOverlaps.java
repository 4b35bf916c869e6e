package org.carbonmrv.monitoring.readings;

import org.carbonmrv.platform.problem.FieldProblem;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Readings of one parameter and source within one upload must not overlap in time: two overlapping
 * rows would both be summed, and a month row on top of its days counts that month twice. Rows
 * usually come in time order, and then each row is checked against the one that reached furthest
 * so far; a parameter and source whose rows come out of order is left to {@link StoredOverlaps}
 * to check in the database once the rows are written.
 */
final class UploadOverlaps {

    private static final class Track {
        Instant lastStart;
        Instant furthestEnd;
        int furthestRow;
        boolean unordered;
    }

    /** One parameter of one source: the readings that must not overlap each other. */
    record Series(String parameter, String source) {}

    private final Map<Series, Track> tracks = new HashMap<>();
    private final Set<Series> unordered = new LinkedHashSet<>();

    /** A problem naming both rows when {@code r} overlaps an earlier row of this upload. */
    Optional<FieldProblem> check(Reading r) {
        Series key = new Series(r.parameter(), r.source());
        Track track = tracks.get(key);
        if (track == null) {
            track = new Track();
            tracks.put(key, track);
        } else if (track.unordered) {
            return Optional.empty();
        } else if (r.startsAt().isBefore(track.lastStart)) {
            track.unordered = true;
            unordered.add(key);
            return Optional.empty();
        } else if (r.startsAt().isBefore(track.furthestEnd)) {
            return Optional.of(new FieldProblem(
                    "rows[" + r.row() + "].from",
                    "overlaps rows[" + track.furthestRow + "] (same parameter " + r.parameter() + " and source "
                            + r.source() + "); each interval may be reported once",
                    r.startsAt() + ".." + r.endsAt()));
        }
        track.lastStart = r.startsAt();
        if (track.furthestEnd == null || r.endsAt().isAfter(track.furthestEnd)) {
            track.furthestEnd = r.endsAt();
            track.furthestRow = r.row();
        }
        return Optional.empty();
    }

    /** The series whose rows came out of time order. */
    Set<Series> unorderedSeries() {
        return unordered;
    }
}
