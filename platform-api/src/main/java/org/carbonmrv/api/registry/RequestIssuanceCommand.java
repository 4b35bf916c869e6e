package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

/**
 * An approved reduction report version asks for its credits. With {@code approveAutomatically}
 * (the registry's policy) they are issued at once into the owner's default holding account;
 * otherwise a registry administrator approves the request.
 */
public record RequestIssuanceCommand(@TargetAggregateIdentifier String ledgerId, String requestId, String reportId,
                                     int reportVersion, String projectId, String ownerOrganisation, int vintage,
                                     long quantity, String methodologyId, String methodologyVersion,
                                     String datasetDigest, boolean approveAutomatically) implements ProjectScoped {
}
