package org.carbonmrv.api.monitoring;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.math.BigDecimal;

/**
 * A recorded reading was corrected: the original row stays as uploaded; from now on its
 * effective value is {@code correctedValue}. The reason and the evidence reference are part of the record.
 */
@Revision("1")
public record ReadingCorrectedEvent(
        String batchId,
        String projectId,
        long readingId,
        String parameter,
        String source,
        BigDecimal previousValue,
        BigDecimal correctedValue,
        String unit,
        String reason,
        String evidence)
        implements ProjectScoped {}
