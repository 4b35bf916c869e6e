package org.carbonmrv.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

public record AssignVerifierCommand(
        @TargetAggregateIdentifier String projectId, String reportingPeriodId, String verifierOrganisation)
        implements ProjectScoped {}
