package org.carbonmrv.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

public record RejectProjectCommand(
        @TargetAggregateIdentifier String projectId, String reason) implements ProjectScoped {}
