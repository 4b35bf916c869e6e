package org.carbonmrv.api.calculation;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** The owner submitted a calculated report version, with the digest of its data set, to the period's verifier. */
@Revision("1")
public record ReportSubmittedForVerificationEvent(String reportId, String projectId, int version, String datasetDigest)
        implements ProjectScoped {}
