package org.carbonmrv.api.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;

/**
 * The critical findings of a period's QA checks as they stand now, to be compared with those raised
 * before. Its own aggregate per period ({@link #idOf}), so that a review never competes with the
 * owner's changes to the monitoring plan.
 */
public record ReviewCriticalQaFindingsCommand(
        @TargetAggregateIdentifier String findingsId,
        String projectId,
        String reportingPeriodId,
        List<CriticalQaFinding> current)
        implements ProjectScoped {

    public ReviewCriticalQaFindingsCommand {
        current = List.copyOf(current);
    }

    public ReviewCriticalQaFindingsCommand(
            String projectId, String reportingPeriodId, List<CriticalQaFinding> current) {
        this(idOf(projectId, reportingPeriodId), projectId, reportingPeriodId, current);
    }

    public static String idOf(String projectId, String reportingPeriodId) {
        return "critical-qa:" + projectId + ":" + reportingPeriodId;
    }
}
