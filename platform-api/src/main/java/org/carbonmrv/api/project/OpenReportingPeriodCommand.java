package org.carbonmrv.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDate;

public record OpenReportingPeriodCommand(
        @TargetAggregateIdentifier String projectId, String reportingPeriodId, LocalDate start, LocalDate end)
        implements ProjectScoped {}
