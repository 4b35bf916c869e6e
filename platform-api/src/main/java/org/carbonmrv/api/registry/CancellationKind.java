package org.carbonmrv.api.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Optional;

/** Why the registry cancels credits (distinct from a retirement): written in lower case, as stored events hold it. */
public enum CancellationKind {
    ADMINISTRATIVE,
    COMPLIANCE,
    CONVERSION;

    @JsonValue
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CancellationKind of(String stored) {
        return valueOf(stored.trim().toUpperCase(Locale.ROOT));
    }

    /** The kind a client named, if it names one. */
    public static Optional<CancellationKind> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(of(text));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
