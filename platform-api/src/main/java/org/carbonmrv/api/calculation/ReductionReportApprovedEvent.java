package org.carbonmrv.api.calculation;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;
import org.carbonmrv.api.quantity.Quantity;

/**
 * The verifier approved one calculation version. It pins the version and its input digest, and
 * carries what the registry needs to issue credits without asking anyone. {@code supersedesVersion}
 * names the version approved before, when a corrected version replaces it (null on a first approval).
 */
@Revision("1")
public record ReductionReportApprovedEvent(
        String reportId,
        String projectId,
        String reportingPeriodId,
        int version,
        String datasetDigest,
        String methodologyId,
        String methodologyVersion,
        String ownerOrganisation,
        String verifierOrganisation,
        int vintage,
        Quantity verifiedReductions,
        Integer supersedesVersion)
        implements ProjectScoped {}
