package org.carbonmrv.api.project;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDate;

/** A reporting period (monitoring period) was opened; start and end are inclusive local dates. */
@Revision("1")
public record ReportingPeriodOpenedEvent(String projectId, String reportingPeriodId, LocalDate start, LocalDate end)
        implements ProjectScoped {}
