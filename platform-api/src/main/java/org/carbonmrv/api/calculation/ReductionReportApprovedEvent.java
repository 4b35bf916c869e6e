package org.carbonmrv.api.calculation;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;
import org.carbonmrv.api.quantity.Quantity;

/**
 * The verifier approved one calculation version. It pins the version and its input digest, and
 * carries what the registry needs to issue credits without asking anyone.
 */
@Revision("1")
public record ReductionReportApprovedEvent(String reportId,
                                           String projectId,
                                           String reportingPeriodId,
                                           int version,
                                           String datasetDigest,
                                           String methodologyId,
                                           String methodologyVersion,
                                           String ownerOrganisation,
                                           String verifierOrganisation,
                                           int vintage,
                                           Quantity verifiedReductions) implements ProjectScoped {
}
