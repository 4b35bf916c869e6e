package org.carbonmrv.api.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.Objects;

/** An HCFC-22 (or adipic-acid) production line, with its lawful capacity in tonnes per year. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductionLine(String id, BigDecimal capacityTonnesPerYear) {
    public ProductionLine {
        Objects.requireNonNull(id, "id");
    }
}
