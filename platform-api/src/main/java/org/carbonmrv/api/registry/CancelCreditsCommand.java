package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code kind}: administrative, compliance or conversion; distinct from a retirement. */
public record CancelCreditsCommand(@TargetAggregateIdentifier String ledgerId, String cancellationId, String account,
                                   Long quantity, SerialRange serials, String kind, String reason) {
}
