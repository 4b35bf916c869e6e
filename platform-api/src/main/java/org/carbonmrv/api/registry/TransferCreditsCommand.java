package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a quantity (taken from the sender's highest serials) or an explicit serial range. */
public record TransferCreditsCommand(
        @TargetAggregateIdentifier String ledgerId,
        String transferId,
        String fromAccount,
        String toAccount,
        Long quantity,
        SerialRange serials) {}
