package org.carbonmrv.api.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDate;

public record RecordMeterSubstitutionCommand(
        @TargetAggregateIdentifier String planId,
        String projectId,
        String meterSerial,
        String substituteSerial,
        LocalDate from,
        LocalDate to,
        String reason)
        implements ProjectScoped {}
