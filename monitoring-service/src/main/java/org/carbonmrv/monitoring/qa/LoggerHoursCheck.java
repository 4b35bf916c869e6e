package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.view.QaSeverity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data loggers' hours: invalid hours (HJ 75: fewer than 45 valid minutes, or a flag other
 * than N) are substituted by the methodology, and hours where the logger's own hourly value (2061)
 * contradicts its minutes (2051) need the verifier's look at the logger's configuration. Both are
 * warnings: the figures stay conservative either way.
 */
final class LoggerHoursCheck implements QaCheck {

    static final String INVALID = "logger-invalid-hours";
    static final String DISAGREEING = "logger-hours-disagree-with-minutes";

    @Override
    public List<Finding> run(QaInput input) {
        List<Finding> findings = new ArrayList<>();
        for (QaInput.LoggerChannelHours c : input.loggerHours()) {
            String subject = "logger " + c.mn() + " " + c.code() + " (" + c.parameter() + ")";
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
        }
        return findings;
    }
}
