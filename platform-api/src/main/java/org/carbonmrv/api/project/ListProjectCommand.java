package org.carbonmrv.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

public record ListProjectCommand(@TargetAggregateIdentifier String projectId) implements ProjectScoped {}
