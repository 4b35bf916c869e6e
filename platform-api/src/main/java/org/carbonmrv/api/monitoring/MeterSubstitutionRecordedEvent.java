package org.carbonmrv.api.monitoring;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.time.LocalDate;

/** Another meter measured in this one's place from {@code from} to {@code to} (inclusive dates). */
@Revision("1")
public record MeterSubstitutionRecordedEvent(
        String planId,
        String projectId,
        String meterSerial,
        String substituteSerial,
        LocalDate from,
        LocalDate to,
        String reason)
        implements ProjectScoped {}
