package org.carbonmrv.api.monitoring;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** Someone read a QA warning and said why it may stand. */
@Revision("1")
public record QaFindingAcknowledgedEvent(
        String planId,
        String projectId,
        String reportingPeriodId,
        String findingId,
        String check,
        String subject,
        String comment)
        implements ProjectScoped {}
