package org.carbonmrv.api.project;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDate;

/** An owner submitted a project for listing: its plant, methodology, time zone and crediting period. */
@Revision("1")
public record ProjectSubmittedEvent(
        String projectId,
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
