package org.carbonmrv.api.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The format a batch of readings was uploaded in. Written in lower case, as the events and the
 * batch table have always held it, so stored events read without an upcaster.
 */
public enum UploadFormat {
    JSON,
    CSV,
    XLSX;

    @JsonValue
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static UploadFormat of(String stored) {
        return valueOf(stored.trim().toUpperCase(Locale.ROOT));
    }
}
