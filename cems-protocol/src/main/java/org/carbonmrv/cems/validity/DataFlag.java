package org.carbonmrv.cems.validity;

import java.util.Locale;
import java.util.Optional;

/**
 * The data flag HJ 212-2017 puts beside every value ({@code <code>-Flag}): what state the
 * monitoring instrument was in. HJ 75-2017 counts only values measured in normal operation
 * toward a valid hour; a value taken while the instrument was calibrated, maintained, faulty,
 * stopped or out of communication is kept with its flag but does not count.
 */
public enum DataFlag {
    /** in normal operation */
    N(true),
    /** the unit or the instrument stopped */
    F(false),
    /** maintenance */
    M(false),
    /** a value set by hand */
    S(false),
    /** fault */
    D(false),
    /** calibration */
    C(false),
    /** above the measuring range's upper limit */
    T(false),
    /** communication fault */
    B(false);

    private final boolean countsTowardValidHour;

    DataFlag(boolean countsTowardValidHour) {
        this.countsTowardValidHour = countsTowardValidHour;
    }

    public boolean countsTowardValidHour() {
        return countsTowardValidHour;
    }

    /** The flag as a logger writes it; an unknown letter is no flag of this set. */
    public static Optional<DataFlag> of(String text) {
        if (text == null || text.length() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
