package org.carbonmrv.api.monitoring;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** A critical QA finding raised before is no longer found: the period's data was put right. */
@Revision("1")
public record CriticalQaFindingClearedEvent(
        String planId, String projectId, String reportingPeriodId, String findingId, String check, String subject)
        implements ProjectScoped {}
