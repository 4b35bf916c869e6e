package org.carbonmrv.api.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

public record AcknowledgeQaFindingCommand(
        @TargetAggregateIdentifier String planId,
        String projectId,
        String reportingPeriodId,
        String findingId,
        String check,
        String subject,
        String comment)
        implements ProjectScoped {}
