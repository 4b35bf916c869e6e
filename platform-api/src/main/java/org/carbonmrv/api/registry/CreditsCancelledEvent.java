package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Credits cancelled by the registry (administrative, compliance or conversion): they can never move again. */
@Revision("1")
public record CreditsCancelledEvent(
        String cancellationId,
        String account,
        List<SerialRange> serials,
        long quantity,
        CancellationKind kind,
        String reason) {}
