package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.DowntimeEntry;
import org.carbonmrv.api.monitoring.view.QaSeverity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The duration a log row states against the duration its start and end give. */
final class DowntimeDurationCheck implements QaCheck {

    static final String ID = "downtime-stated-duration";

    @Override
    public List<Finding> run(QaInput input) {
        List<Finding> findings = new ArrayList<>();
        for (DowntimeEntry entry : input.downtime()) {
            if (entry.statedDurationMinutes() == null) {
                continue;
            }
            long actual = Duration.between(entry.from(), entry.to()).toMinutes();
            if (actual != entry.statedDurationMinutes()) {
                String subject = entry.unitId() + " " + entry.from() + ".." + entry.to();
                findings.add(Finding.open(
                        ID,
                        QaSeverity.WARNING,
                        subject,
                        "shutdown of " + entry.unitId() + " " + entry.from() + " to " + entry.to()
                                + (entry.reference() == null ? "" : " (" + entry.reference() + ")") + " states "
                                + minutes(entry.statedDurationMinutes()) + " but lasts " + minutes(actual)
                                + "; the start and end times are used",
                        Map.of(
                                "unit",
                                entry.unitId(),
                                "from",
                                entry.from().toString(),
                                "to",
                                entry.to().toString(),
                                "statedMinutes",
                                String.valueOf(entry.statedDurationMinutes()),
                                "actualMinutes",
                                String.valueOf(actual))));
            }
        }
        return findings;
    }

    private static String minutes(long total) {
        return (total / 1440) + " d " + (total % 1440 / 60) + " h " + (total % 60) + " min";
    }
}
