package org.carbonmrv.api.calculation;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** The period's verifier rejected a submitted report version, and said why. */
@Revision("1")
public record ReductionReportRejectedEvent(
        String reportId, String projectId, int version, String reason, String verifierOrganisation)
        implements ProjectScoped {}
