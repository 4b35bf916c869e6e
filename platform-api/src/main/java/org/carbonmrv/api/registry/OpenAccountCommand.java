package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code kind}: HOLDING for an organisation; RETIREMENT, CANCELLATION or BUFFER for the registry. */
public record OpenAccountCommand(
        @TargetAggregateIdentifier String ledgerId,
        String accountId,
        String organisation,
        AccountKind kind,
        String name) {}
