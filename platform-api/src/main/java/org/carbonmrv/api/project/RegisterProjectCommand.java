package org.carbonmrv.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

/** A listed project's first report was approved: it becomes a registered project. */
public record RegisterProjectCommand(
        @TargetAggregateIdentifier String projectId, String reportId, int reportVersion) implements ProjectScoped {}
