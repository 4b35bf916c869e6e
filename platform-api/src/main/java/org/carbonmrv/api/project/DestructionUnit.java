package org.carbonmrv.api.project;

import java.util.Objects;

/** An abatement unit (HFC-23 incinerator, N2O catalyst) that serves the production lines. */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record DestructionUnit(String id, String label) {
    public DestructionUnit {
        Objects.requireNonNull(id, "id");
    }
}
