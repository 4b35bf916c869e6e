package org.carbonmrv.api.project;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDate;

/**
 * The project's crediting period is complete: the report of its last reporting period, the one
 * that ends on {@code creditingPeriodEnd}, was approved. Nothing more can be credited to it.
 */
@Revision("1")
public record ProjectCompletedEvent(
        String projectId, String reportingPeriodId, String reportId, int reportVersion, LocalDate creditingPeriodEnd)
        implements ProjectScoped {}
