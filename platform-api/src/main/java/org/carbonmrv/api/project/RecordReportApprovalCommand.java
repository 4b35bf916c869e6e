package org.carbonmrv.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

/**
 * A verifier approved a report of one of the project's reporting periods: the first approval
 * registers a listed project, and the approval of the period that ends its crediting period
 * completes it.
 */
public record RecordReportApprovalCommand(
        @TargetAggregateIdentifier String projectId, String reportingPeriodId, String reportId, int reportVersion)
        implements ProjectScoped {}
