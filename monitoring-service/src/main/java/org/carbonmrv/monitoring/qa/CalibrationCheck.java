package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.view.QaSeverity;
import org.carbonmrv.monitoring.operatinglog.OperatingDays;
import org.carbonmrv.monitoring.plan.MeterCalibrations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Days of the period on which a meter had no valid calibration. A lapse is accepted, and the
 * finding says why, when another meter measured in its place throughout, or when everything the
 * meter serves was shut down throughout; otherwise it is critical.
 */
final class CalibrationCheck implements QaCheck {

    static final String ID = "calibration-coverage";
    static final String PRODUCTION = "production";

    @Override
    public List<Finding> run(QaInput input) {
        List<Finding> findings = new ArrayList<>();
        for (MeterCalibrations meter : input.meters()) {
            // a meter is checked only over the days a plan in force had it
            LocalDate[] inPlan = meter.daysInPlanWithin(input.periodStart(), input.periodEnd());
            if (inPlan == null) {
                continue;
            }
            if (meter.calibrations().isEmpty()) {
                findings.add(Finding.open(
                        ID,
                        QaSeverity.WARNING,
                        meter.meterId() + " no calibration",
                        "meter " + meter.meterId() + " has no calibration on record",
                        Map.of("meter", meter.meterId())));
                continue;
            }
            for (LocalDate[] lapse : lapses(meter, inPlan[0], inPlan[1])) {
                findings.add(judge(input, meter, lapse[0], lapse[1]));
            }
        }
        return findings;
    }

    private Finding judge(QaInput input, MeterCalibrations meter, LocalDate from, LocalDate to) {
        String subject = meter.meterId() + " " + from + ".." + to;
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        Map<String, String> data = Map.of(
                "meter", meter.meterId(), "from", from.toString(), "to", to.toString(), "days", String.valueOf(days));
        String lapse =
                "meter " + meter.meterId() + " had no valid calibration " + from + ".." + to + " (" + days + " days)";
        var substitute = meter.substitutions().stream()
                .filter(s -> !s.from().isAfter(from) && !s.to().isBefore(to))
                .findFirst();
        if (substitute.isPresent()) {
            return Finding.accepted(
                    ID,
                    subject,
                    lapse + "; accepted: meter " + substitute.get().substituteMeterId() + " measured in its place "
                            + substitute.get().from() + ".." + substitute.get().to(),
                    data);
        }
        boolean allDown = !meter.serves().isEmpty()
                && meter.serves().stream()
                        .allMatch(served -> served.equals(PRODUCTION)
                                ? OperatingDays.productionStoppedThroughout(
                                        input.downtime(),
                                        from.atStartOfDay(),
                                        to.plusDays(1).atStartOfDay())
                                : OperatingDays.downThroughout(
                                        input.downtime(),
                                        served,
                                        from.atStartOfDay(),
                                        to.plusDays(1).atStartOfDay()));
        if (allDown) {
            return Finding.accepted(
                    ID,
                    subject,
                    lapse + "; accepted: the lapse lies wholly in a shutdown of what it serves ("
                            + String.join(", ", meter.serves()) + "), so it measured nothing",
                    data);
        }
        return Finding.open(
                ID,
                QaSeverity.CRITICAL,
                subject,
                lapse + " while what it serves (" + String.join(", ", meter.serves()) + ") was running",
                data);
    }

    /** Runs of consecutive days of [start, end] not covered by any calibration. */
    static List<LocalDate[]> lapses(MeterCalibrations meter, LocalDate start, LocalDate end) {
        List<LocalDate[]> lapses = new ArrayList<>();
        LocalDate lapseStart = null;
        for (LocalDate day = start; !day.isAfter(end.plusDays(1)); day = day.plusDays(1)) {
            LocalDate d = day;
            boolean covered = day.isAfter(end)
                    || meter.calibrations().stream()
                            .anyMatch(c -> !d.isBefore(c.performedOn()) && !d.isAfter(c.validUntil()));
            if (!covered && lapseStart == null) {
                lapseStart = day;
            } else if (covered && lapseStart != null) {
                lapses.add(new LocalDate[] {lapseStart, day.minusDays(1)});
                lapseStart = null;
            }
        }
        return lapses;
    }
}
