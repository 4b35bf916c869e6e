package org.carbonmrv.api.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

@JsonIgnoreProperties(ignoreUnknown = true)
public record Facility(List<ProductionLine> productionLines, List<DestructionUnit> destructionUnits) {
    public Facility {
        productionLines = List.copyOf(Objects.requireNonNull(productionLines, "productionLines"));
        destructionUnits = List.copyOf(Objects.requireNonNull(destructionUnits, "destructionUnits"));
    }

    public boolean hasLine(String id) {
        return productionLines.stream().anyMatch(l -> l.id().equals(id));
    }

    public boolean hasDestructionUnit(String id) {
        return destructionUnits.stream().anyMatch(u -> u.id().equals(id));
    }

    public Stream<String> lineIds() {
        return productionLines.stream().map(ProductionLine::id);
    }

    public Stream<String> destructionUnitIds() {
        return destructionUnits.stream().map(DestructionUnit::id);
    }
}
