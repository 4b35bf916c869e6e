package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReinstateAccountCommand(
        @TargetAggregateIdentifier String ledgerId, String accountId, String reason) {}
