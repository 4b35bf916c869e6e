package org.carbonmrv.api.monitoring;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The readings of batch {@code batchId} are one hour of data logger {@code mn}, local time of the
 * project: for each channel, the hour as derived from the minutes (HJ 75) and as the logger
 * reported it (2061), so a disagreement between the two stays visible.
 */
@Revision("1")
public record LoggerHourRecordedEvent(
        String batchId,
        String projectId,
        String reportingPeriodId,
        String mn,
        LocalDateTime hour,
        List<LoggerHourValue> values)
        implements ProjectScoped {}
