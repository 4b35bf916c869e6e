package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

/**
 * An approved reduction report version asks for its credits: {@code quantity} is what the version
 * verifies in all, and the ledger requests only what the report is not yet credited for, or
 * reverses the excess (docs/decisions/0008). With {@code approveAutomatically} (the registry's
 * policy) a request is issued at once into the owner's default holding account; otherwise a
 * registry administrator approves it.
 */
public record RequestIssuanceCommand(
        @TargetAggregateIdentifier String ledgerId,
        String requestId,
        String reportId,
        int reportVersion,
        String projectId,
        String ownerOrganisation,
        int vintage,
        long quantity,
        String methodologyId,
        String methodologyVersion,
        String datasetDigest,
        boolean approveAutomatically)
        implements ProjectScoped {}
