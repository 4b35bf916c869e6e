package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Its holder closes an empty account. */
public record CloseAccountCommand(@TargetAggregateIdentifier String ledgerId, String accountId, String reason) {}
