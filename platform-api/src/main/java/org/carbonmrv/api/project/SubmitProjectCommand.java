package org.carbonmrv.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDate;

public record SubmitProjectCommand(
        @TargetAggregateIdentifier String projectId,
        String name,
        String methodologyId,
        String methodologyVersion,
        String ownerOrganisation,
        Facility facility,
        String timeZone,
        LocalDate creditingPeriodStart,
        LocalDate creditingPeriodEnd,
        Location location)
        implements ProjectScoped {}
