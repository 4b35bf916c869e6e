package org.carbonmrv.api.calculation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;
import java.util.Map;

public record CalculateReductionsCommand(
        @TargetAggregateIdentifier String reportId,
        String projectId,
        String reportingPeriodId,
        String ownerOrganisation,
        int vintage,
        String methodologyId,
        String methodologyVersion,
        String datasetDigest,
        Map<String, String> results,
        List<TraceLine> trace)
        implements ProjectScoped {}
