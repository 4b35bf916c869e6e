package org.carbonmrv.api.calculation;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** The monitored data of the period changed after the latest calculation: it must be recalculated. */
@Revision("1")
public record ReductionReportMarkedStaleEvent(String reportId, String projectId, int version, String cause)
        implements ProjectScoped {}
