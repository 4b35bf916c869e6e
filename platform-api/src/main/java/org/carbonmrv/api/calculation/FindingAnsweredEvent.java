package org.carbonmrv.api.calculation;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** The owner answered a verifier's finding. */
@Revision("1")
public record FindingAnsweredEvent(String reportId, String projectId, String findingId, String text)
        implements ProjectScoped {}
