package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameAccountCommand(
        @TargetAggregateIdentifier String ledgerId, String accountId, String name) {}
