package org.carbonmrv.api.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Optional;

/**
 * What an operating-log row records: the unit was down (shutdown), gas went round it (bypass) or
 * was released (venting). Written in lower case, as stored events hold it.
 */
public enum DowntimeKind {
    SHUTDOWN,
    BYPASS,
    VENTING;

    @JsonValue
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DowntimeKind of(String stored) {
        return valueOf(stored.trim().toUpperCase(Locale.ROOT));
    }

    /** The kind a plant's log names, if it names one. */
    public static Optional<DowntimeKind> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(of(text));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
