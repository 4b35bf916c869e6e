package org.carbonmrv.api.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;

/**
 * Shutdowns to log. A dry run checks them as recording would (units, overlaps with the log) and
 * records nothing; the handler answers how many of them are new to the log.
 */
public record RecordDowntimeCommand(
        @TargetAggregateIdentifier String operatingLogId,
        String projectId,
        String timeZone,
        List<DowntimeEntry> entries,
        boolean dryRun)
        implements ProjectScoped {}
