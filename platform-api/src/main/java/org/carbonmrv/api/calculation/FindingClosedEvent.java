package org.carbonmrv.api.calculation;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** The verifier closed a finding after its answer. */
@Revision("1")
public record FindingClosedEvent(String reportId, String projectId, String findingId, String text)
        implements ProjectScoped {}
