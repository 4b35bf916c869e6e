package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetireCreditsCommand(
        @TargetAggregateIdentifier String ledgerId,
        String retirementId,
        String account,
        Long quantity,
        SerialRange serials,
        String beneficiary,
        String purpose,
        String reason,
        String jurisdiction) {}
