package org.carbonmrv.api.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;

public record RecordDowntimeCommand(
        @TargetAggregateIdentifier String operatingLogId,
        String projectId,
        String timeZone,
        List<DowntimeEntry> entries)
        implements ProjectScoped {}
