package org.carbonmrv.api.monitoring;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDate;
import java.util.List;

/** A version of a project's monitoring plan, in force from {@code effectiveFrom}; earlier versions stay on record. */
@Revision("1")
public record MonitoringPlanDeclaredEvent(
        String planId,
        String projectId,
        int version,
        LocalDate effectiveFrom,
        List<PlanParameter> parameters,
        List<Meter> meters)
        implements ProjectScoped {}
