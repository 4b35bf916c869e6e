package org.carbonmrv.api.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDate;

public record RecordCalibrationCommand(
        @TargetAggregateIdentifier String planId,
        String projectId,
        String meterSerial,
        LocalDate performedOn,
        LocalDate validUntil,
        String certificate,
        String laboratory)
        implements ProjectScoped {}
