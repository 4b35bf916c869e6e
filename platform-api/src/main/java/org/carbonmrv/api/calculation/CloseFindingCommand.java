package org.carbonmrv.api.calculation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseFindingCommand(
        @TargetAggregateIdentifier String reportId,
        String findingId,
        String text,
        String actingOrganisation,
        String assignedVerifierOrganisation) {}
