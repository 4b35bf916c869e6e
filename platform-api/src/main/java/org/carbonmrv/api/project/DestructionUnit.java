package org.carbonmrv.api.project;

import java.util.Objects;

/** An abatement unit (HFC-23 incinerator, N2O catalyst) that serves the production lines. */
public record DestructionUnit(String id, String label) {
    public DestructionUnit {
        Objects.requireNonNull(id, "id");
    }
}
