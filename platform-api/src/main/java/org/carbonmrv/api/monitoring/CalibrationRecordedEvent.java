package org.carbonmrv.api.monitoring;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDate;

/** A meter was calibrated on {@code performedOn}; the calibration is valid through {@code validUntil}. */
@Revision("1")
public record CalibrationRecordedEvent(
        String planId,
        String projectId,
        String meterSerial,
        LocalDate performedOn,
        LocalDate validUntil,
        String certificate,
        String laboratory)
        implements ProjectScoped {}
