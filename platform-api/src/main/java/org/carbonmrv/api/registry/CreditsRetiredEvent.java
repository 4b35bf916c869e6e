package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Credits retired on behalf of a beneficiary: they can never move again. */
@Revision("1")
public record CreditsRetiredEvent(
        String retirementId,
        String account,
        List<SerialRange> serials,
        long quantity,
        String beneficiary,
        String purpose,
        String reason,
        String jurisdiction) {}
