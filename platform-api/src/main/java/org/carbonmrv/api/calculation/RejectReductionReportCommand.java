package org.carbonmrv.api.calculation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectReductionReportCommand(
        @TargetAggregateIdentifier String reportId,
        int version,
        String reason,
        String actingOrganisation,
        String assignedVerifierOrganisation) {}
