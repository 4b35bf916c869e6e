package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A verified report was superseded by a version with fewer reductions: the difference
 * ({@code shortfall}) is cancelled from the credits of that report the owner still holds, highest
 * serials first, and what it no longer holds is recorded as a {@code liability} to settle.
 */
@Revision("1")
public record CreditsReversedEvent(
        String reversalId,
        String reportId,
        int supersededVersion,
        int version,
        String projectId,
        String ownerOrganisation,
        int vintage,
        long shortfall,
        List<AccountSerials> cancelled,
        long cancelledQuantity,
        long liability,
        String reason) {}
