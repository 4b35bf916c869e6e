package org.carbonmrv.api.calculation;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

@Revision("1")
public record ReportSubmittedForVerificationEvent(String reportId, String projectId, int version, String datasetDigest)
        implements ProjectScoped {}
