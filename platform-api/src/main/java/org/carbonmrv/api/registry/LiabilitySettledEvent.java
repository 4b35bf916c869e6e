package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Credits cancelled to settle (part of) a reversal's liability; they can never move again. */
@Revision("1")
public record LiabilitySettledEvent(
        String settlementId,
        String reportId,
        String ownerOrganisation,
        String account,
        List<SerialRange> serials,
        long quantity,
        long liabilityLeft) {}
