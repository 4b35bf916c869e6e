package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code change}: RENAME (with {@code name}), SUSPEND, REINSTATE or CLOSE (only an empty account). */
public record ChangeAccountStatusCommand(@TargetAggregateIdentifier String ledgerId, String accountId, String change,
                                         String name, String reason) {
}
