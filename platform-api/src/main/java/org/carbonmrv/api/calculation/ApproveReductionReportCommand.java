package org.carbonmrv.api.calculation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The verifier's approval. {@code actingOrganisation} comes from the verifier's token and
 * {@code assignedVerifierOrganisation} from the project-service, read at the edge; the aggregate
 * checks that they are the same.
 */
public record ApproveReductionReportCommand(
        @TargetAggregateIdentifier String reportId,
        int version,
        String actingOrganisation,
        String assignedVerifierOrganisation) {}
