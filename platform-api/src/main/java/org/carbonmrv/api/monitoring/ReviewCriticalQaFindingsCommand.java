package org.carbonmrv.api.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;

/** The critical findings of a period's QA checks as they stand now, to be compared with those raised before. */
public record ReviewCriticalQaFindingsCommand(
        @TargetAggregateIdentifier String planId,
        String projectId,
        String reportingPeriodId,
        List<CriticalQaFinding> current)
        implements ProjectScoped {

    public ReviewCriticalQaFindingsCommand {
        current = List.copyOf(current);
    }
}
