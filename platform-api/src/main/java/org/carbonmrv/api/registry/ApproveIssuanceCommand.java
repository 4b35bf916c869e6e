package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A registry administrator approves an issuance request into one of the owner's holding accounts. */
public record ApproveIssuanceCommand(
        @TargetAggregateIdentifier String ledgerId, String requestId, String account) {}
