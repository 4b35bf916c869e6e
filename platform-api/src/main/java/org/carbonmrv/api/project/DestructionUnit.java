package org.carbonmrv.api.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Objects;

/** An abatement unit (HFC-23 incinerator, N2O catalyst) that serves the production lines. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DestructionUnit(String id, String label) {
    public DestructionUnit {
        Objects.requireNonNull(id, "id");
    }
}
