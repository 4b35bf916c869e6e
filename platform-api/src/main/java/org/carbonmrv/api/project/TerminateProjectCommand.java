package org.carbonmrv.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

/** The registry ends a listed or registered project before its crediting period is complete, with a reason. */
public record TerminateProjectCommand(
        @TargetAggregateIdentifier String projectId, String reason) implements ProjectScoped {}
