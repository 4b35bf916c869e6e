package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Distinct from a retirement. */
public record CancelCreditsCommand(
        @TargetAggregateIdentifier String ledgerId,
        String cancellationId,
        String account,
        Long quantity,
        SerialRange serials,
        CancellationKind kind,
        String reason) {}
