package org.carbonmrv.api.calculation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code subject} points at what the finding is about: a parameter, a month, or a trace line's symbol. */
public record RaiseFindingCommand(
        @TargetAggregateIdentifier String reportId,
        String findingId,
        FindingKind kind,
        String subject,
        String text,
        String actingOrganisation,
        String assignedVerifierOrganisation) {}
