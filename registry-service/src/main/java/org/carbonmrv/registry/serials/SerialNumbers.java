package org.carbonmrv.registry.serials;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Renders stored serial blocks in the registry's programme format: the registry code and unit type
 * are settings, the project type follows the methodology, the rest comes from the project register.
 */
@Component
public class SerialNumbers {

    private final SerialFormat format = new CarSerialFormat();
    private final String registry;
    private final String unitType;
    private final Map<String, String> projectTypes;

    SerialNumbers(
            @Value("${mrv.registry.serials.registry:CMRV}") String registry,
            @Value("${mrv.registry.serials.unit-type:VCU}") String unitType,
            @Value("#{${mrv.registry.serials.project-types:{'CM-010':'HFC23','CAR-CN-AAPP':'N2OAA'}}}")
                    Map<String, String> projectTypes) {
        this.registry = registry;
        this.unitType = unitType;
        this.projectTypes = projectTypes;
    }

    /** What the project register knows of a block's project; any part may be missing while it catches up. */
    public record ProjectFacts(
            Integer number, String country, String subdivision, String methodologyId, String developer) {}

    public String render(ProjectFacts project, int vintage, int batch, long start, long end) {
        return format.format(new SerialBlock(
                registry,
                unitType,
                project.country(),
                project.number() == null ? null : String.valueOf(project.number()),
                project.methodologyId() == null
                        ? null
                        : projectTypes.getOrDefault(project.methodologyId(), project.methodologyId()),
                project.developer(),
                project.subdivision(),
                vintage,
                batch,
                start,
                end));
    }
}
