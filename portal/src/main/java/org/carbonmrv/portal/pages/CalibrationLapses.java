package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The days a meter of the plan went without a valid calibration: before its first, between one
 * calibration's end of validity and the next, and after its last (up to today, or to the day it left
 * the plan). What the owner must fix before the calibration check finds it in a period.
 */
final class CalibrationLapses {

    /** Days {@code from}..{@code to}, inclusive, without a valid calibration; {@code to} null for "until now". */
    record Lapse(LocalDate from, LocalDate to) {}

    private CalibrationLapses() {}

    /** A meter as {@code GET /meters} gives it, looked at on {@code today}. */
    static List<Lapse> of(JsonNode meter, LocalDate today) {
        LocalDate inPlanFrom = date(meter.path("inPlanFrom"));
        LocalDate inPlanTo = date(meter.path("inPlanTo"));
        LocalDate end = inPlanTo == null || inPlanTo.isAfter(today) ? today : inPlanTo;
        List<LocalDate[]> valid = new ArrayList<>();
        meter.path("calibrations")
                .forEach(c -> valid.add(new LocalDate[] {date(c.path("performedOn")), date(c.path("validUntil"))}));
        valid.sort(Comparator.comparing(v -> v[0]));
        List<Lapse> lapses = new ArrayList<>();
        LocalDate coveredUntil = inPlanFrom == null ? null : inPlanFrom.minusDays(1);
        for (LocalDate[] calibration : valid) {
            if (coveredUntil != null && calibration[0].isAfter(coveredUntil.plusDays(1))) {
                lapses.add(new Lapse(coveredUntil.plusDays(1), calibration[0].minusDays(1)));
            }
            if (coveredUntil == null || calibration[1].isAfter(coveredUntil)) {
                coveredUntil = calibration[1];
            }
        }
        if (valid.isEmpty()) {
            lapses.add(new Lapse(inPlanFrom, inPlanTo));
        } else if (coveredUntil.isBefore(end)) {
            lapses.add(new Lapse(coveredUntil.plusDays(1), inPlanTo));
        }
        return lapses;
    }

    private static LocalDate date(JsonNode text) {
        return text.isTextual() ? LocalDate.parse(text.asText()) : null;
    }
}
