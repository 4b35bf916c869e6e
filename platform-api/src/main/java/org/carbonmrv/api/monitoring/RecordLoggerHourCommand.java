package org.carbonmrv.api.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDateTime;
import java.util.List;

/** Says where a batch of one logger-hour came from: the logger, the hour, how each value was derived. */
public record RecordLoggerHourCommand(
        @TargetAggregateIdentifier String batchId,
        String projectId,
        String reportingPeriodId,
        String mn,
        LocalDateTime hour,
        List<LoggerHourValue> values)
        implements ProjectScoped {}
