package org.carbonmrv.api.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.math.BigDecimal;

/**
 * Correct one recorded reading. {@code expectedCurrentValue} is the effective value the
 * corrector saw; if someone corrected the reading meanwhile, the correction is refused.
 */
public record CorrectReadingCommand(
        @TargetAggregateIdentifier String batchId,
        String projectId,
        long readingId,
        String parameter,
        String source,
        BigDecimal originalValue,
        BigDecimal expectedCurrentValue,
        BigDecimal correctedValue,
        String unit,
        String reason,
        String evidence)
        implements ProjectScoped {}
