package org.carbonmrv.api.calculation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MarkReportStaleCommand(
        @TargetAggregateIdentifier String reportId, String cause) {}
