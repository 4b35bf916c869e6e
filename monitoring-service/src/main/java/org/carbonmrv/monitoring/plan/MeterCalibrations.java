package org.carbonmrv.monitoring.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A meter of the plan, what it serves (destruction units, or "production" for the production
 * lines), its calibrations and its stand-ins: what the calibration and redundancy checks read.
 */
public record MeterCalibrations(String meterId, String measures, List<String> serves, List<Calibration> calibrations,
                                List<Substitution> substitutions, String accuracy, String redundancyGroup) {

    public record Calibration(LocalDate performedOn, LocalDate validUntil, String certificate) {
    }

    /** Another meter measured in this one's place over [from, to], inclusive dates. */
    public record Substitution(String substituteMeterId, LocalDate from, LocalDate to) {
    }
}
