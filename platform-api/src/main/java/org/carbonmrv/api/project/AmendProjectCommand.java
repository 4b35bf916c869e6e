package org.carbonmrv.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

/**
 * The owner amends a project's name or facility, with a reason. {@code expectedVersion} is the
 * version the owner amended, so an amendment made meanwhile by someone else is not overwritten.
 */
public record AmendProjectCommand(
        @TargetAggregateIdentifier String projectId, int expectedVersion, String name, Facility facility, String reason)
        implements ProjectScoped {}
