package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.view.QaSeverity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data loggers' hours: hours missing between the period's start and a logger's last hour, invalid hours (HJ 75: fewer than 45 valid minutes, or a flag other
 * than N) are substituted by the methodology, and hours where the logger's own hourly value (2061)
 * contradicts its minutes (2051) need the verifier's look at the logger's configuration, and so do
 * minutes flagged C (calibration) on a day the calibration register has no calibration of the
 * channel's meter. All are warnings: the figures stay conservative either way.
 */
final class LoggerHoursCheck implements QaCheck {

    static final String INVALID = "logger-invalid-hours";
    static final String DISAGREEING = "logger-hours-disagree-with-minutes";
    static final String CALIBRATION = "logger-calibration-not-in-register";
    static final String MISSING = "logger-missing-hours";

    @Override
    public List<Finding> run(QaInput input) {
        List<Finding> findings = new ArrayList<>();
        for (QaInput.LoggerChannelHours c : input.loggerHours()) {
            String subject = "logger " + c.mn() + " " + c.code() + " (" + c.parameter() + ")";
            if (c.missing() > 0) {
                findings.add(Finding.open(
                        MISSING,
                        QaSeverity.WARNING,
                        subject,
                        c.missing() + " hour(s) of data logger " + c.mn() + ", code " + c.code()
                                + ", are missing between the period's start and its last hour; the methodology substitutes them",
                        Map.of("mn", c.mn(), "code", c.code(), "missingHours", String.valueOf(c.missing()))));
            }
            if (c.invalid() > 0) {
                findings.add(Finding.open(
                        INVALID,
                        QaSeverity.WARNING,
                        subject,
                        c.invalid() + " of " + c.hours() + " hour(s) of data logger " + c.mn() + ", code " + c.code()
                                + ", are invalid (HJ 75-2017: fewer than 45 valid minutes, or flagged), the first at "
                                + c.firstInvalid() + "; the methodology substitutes them",
                        Map.of(
                                "mn",
                                c.mn(),
                                "code",
                                c.code(),
                                "invalidHours",
                                String.valueOf(c.invalid()),
                                "first",
                                c.firstInvalid())));
            }
            if (c.disagreeing() > 0) {
                findings.add(Finding.open(
                        DISAGREEING,
                        QaSeverity.WARNING,
                        subject,
                        c.disagreeing() + " hour(s) of data logger " + c.mn() + ", code " + c.code()
                                + ": the logger's hourly value (2061) contradicts its minutes (2051) by more than 1 % or in"
                                + " validity, the first at " + c.firstDisagreeing()
                                + "; the hours are recorded from the minutes",
                        Map.of(
                                "mn",
                                c.mn(),
                                "code",
                                c.code(),
                                "hours",
                                String.valueOf(c.disagreeing()),
                                "first",
                                c.firstDisagreeing())));
            }
            if (c.calibratingUnregistered() > 0) {
                findings.add(Finding.open(
                        CALIBRATION,
                        QaSeverity.WARNING,
                        subject,
                        c.calibratingUnregistered() + " hour(s) of data logger " + c.mn() + ", code " + c.code()
                                + ", have minutes flagged C (calibration) "
                                + (c.meter() == null
                                        ? "and the channel names no meter to find them in the calibration register"
                                        : "on days the calibration register has no calibration of meter " + c.meter())
                                + ", the first at " + c.firstCalibratingUnregistered(),
                        Map.of(
                                "mn", c.mn(),
                                "code", c.code(),
                                "meter", c.meter() == null ? "" : c.meter(),
                                "hours", String.valueOf(c.calibratingUnregistered()),
                                "first", c.firstCalibratingUnregistered())));
            }
        }
        return findings;
    }
}
