package org.carbonmrv.api.calculation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitReportForVerificationCommand(
        @TargetAggregateIdentifier String reportId, int version) {}
