package org.carbonmrv.api.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

/** Issue the credits of one approved reduction report version into the owner's holding account. */
public record IssueCreditsCommand(@TargetAggregateIdentifier String ledgerId,
                                  String reportId,
                                  int reportVersion,
                                  String projectId,
                                  String ownerOrganisation,
                                  int vintage,
                                  long quantity,
                                  String methodologyId,
                                  String methodologyVersion,
                                  String datasetDigest) implements ProjectScoped {
}
