package org.carbonmrv.api.calculation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AnswerFindingCommand(
        @TargetAggregateIdentifier String reportId, String findingId, String text) {}
