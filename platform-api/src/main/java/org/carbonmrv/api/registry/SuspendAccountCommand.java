package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registry suspends an account: it still receives credits but cannot send them. */
public record SuspendAccountCommand(
        @TargetAggregateIdentifier String ledgerId, String accountId, String reason) {}
