package org.carbonmrv.methodology.caraapp;

import org.carbonmrv.methodology.DatasetException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * One stream's hourly N2O masses over the period, with invalid or missing hours filled the HJ 75
 * way, conservatively by role: a gap of at most 24 hours takes the mean of its neighbours; a longer
 * gap, or one at the end, takes the extreme of the previous 720 valid hours outside start-up
 * testing that hurts the project (the maximum for emissions, the minimum for the baseline).
 */
final class HourlyStream {

    enum Role {
        RAISES_EMISSIONS,
        RAISES_BASELINE
    }

    static final int SHORT_GAP_HOURS = 24;
    static final int LOOK_BACK_HOURS = 720;

    private HourlyStream() {}

    /**
     * Fills {@code masses} in place (null = invalid or missing) and returns how many hours it filled.
     * {@code countsForLookBack[h]} says whether a valid hour h may serve as history (outside start-up).
     */
    static int fill(String stream, BigDecimal[] masses, boolean[] countsForLookBack, Role role, List<String> hours) {
        int filled = 0;
        Deque<BigDecimal> history = new ArrayDeque<>();
        int h = 0;
        while (h < masses.length) {
            if (masses[h] != null) {
                remember(history, masses[h], countsForLookBack[h]);
                h++;
                continue;
            }
            int start = h;
            while (h < masses.length && masses[h] == null) {
                h++;
            }
            int length = h - start;
            if (start == 0) {
                throw new DatasetException(
                        "hourly[" + hours.get(0) + "]." + stream,
                        "the data set starts with " + length
                                + " invalid or missing hour(s): there is no valid hour before them to fill from");
            }
            BigDecimal fill;
            if (length <= SHORT_GAP_HOURS && h < masses.length) {
                fill = masses[start - 1].add(masses[h]).divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
            } else {
                if (history.isEmpty()) {
                    throw new DatasetException(
                            "hourly[" + hours.get(start) + "]." + stream,
                            "a gap of " + length
                                    + " hours has no valid hour outside start-up testing before it to fill from");
                }
                fill = role == Role.RAISES_EMISSIONS
                        ? history.stream().max(BigDecimal::compareTo).orElseThrow()
                        : history.stream().min(BigDecimal::compareTo).orElseThrow();
            }
            for (int i = start; i < h; i++) {
                masses[i] = fill;
            }
            filled += length;
        }
        return filled;
    }

    private static void remember(Deque<BigDecimal> history, BigDecimal value, boolean counts) {
        if (!counts) {
            return;
        }
        history.addLast(value);
        if (history.size() > LOOK_BACK_HOURS) {
            history.removeFirst();
        }
    }
}
