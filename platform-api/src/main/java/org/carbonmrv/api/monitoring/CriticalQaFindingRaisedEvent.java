package org.carbonmrv.api.monitoring;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.util.Map;

/**
 * The QA checks found a critical problem in a period's data (a reading batch reused from another
 * project, a meter used past its calibration): it must be resolved in the data, it cannot be
 * acknowledged. Raised once, when the checks first find it after a change of the data.
 */
@Revision("1")
public record CriticalQaFindingRaisedEvent(
        String planId,
        String projectId,
        String reportingPeriodId,
        String findingId,
        String check,
        String subject,
        String message,
        Map<String, String> data)
        implements ProjectScoped {}
