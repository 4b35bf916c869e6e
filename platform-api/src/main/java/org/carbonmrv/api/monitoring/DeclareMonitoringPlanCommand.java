package org.carbonmrv.api.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDate;
import java.util.List;

public record DeclareMonitoringPlanCommand(
        @TargetAggregateIdentifier String planId,
        String projectId,
        LocalDate effectiveFrom,
        List<PlanParameter> parameters,
        List<Meter> meters)
        implements ProjectScoped {}
