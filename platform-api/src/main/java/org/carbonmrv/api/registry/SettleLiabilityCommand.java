package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner cancels credits of its own account (highest serials) against the liability a reversal left. */
public record SettleLiabilityCommand(
        @TargetAggregateIdentifier String ledgerId,
        String settlementId,
        String reportId,
        String account,
        long quantity,
        String actingOrganisation) {}
