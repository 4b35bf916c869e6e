package org.carbonmrv.monitoring.plan;

import org.carbonmrv.api.monitoring.Meter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A meter of the plan over one stretch of days it was in the plan, what it serves (destruction
 * units, or "production" for the production lines), its calibrations and its stand-ins: what the
 * calibration and redundancy checks read. A meter that left the plan and came back has one entry
 * per stretch; its attributes are those of the last version of the stretch.
 *
 * @param inPlanFrom first day in the plan, null for since the first version
 * @param inPlanTo   last day in the plan, null while it is in the latest version
 */
public record MeterCalibrations(
        String meterId,
        String measures,
        List<String> serves,
        List<Calibration> calibrations,
        List<Substitution> substitutions,
        String accuracy,
        String redundancyGroup,
        LocalDate inPlanFrom,
        LocalDate inPlanTo) {

    public record Calibration(LocalDate performedOn, LocalDate validUntil, String certificate) {}

    /** Another meter measured in this one's place over [from, to], inclusive dates. */
    public record Substitution(String substituteMeterId, LocalDate from, LocalDate to) {}

    /** The days of [start, end] the meter was in the plan, or null when none. */
    public LocalDate[] daysInPlanWithin(LocalDate start, LocalDate end) {
        LocalDate from = inPlanFrom == null || inPlanFrom.isBefore(start) ? start : inPlanFrom;
        LocalDate to = inPlanTo == null || inPlanTo.isAfter(end) ? end : inPlanTo;
        return from.isAfter(to) ? null : new LocalDate[] {from, to};
    }

    /** A meter with the stretch of days it was in the plan, before its calibrations are added. */
    record Stretch(Meter meter, LocalDate from, LocalDate to) {}

    /** Each meter's stretches in the plan, from the versions in force one after another. */
    static List<Stretch> stretches(List<PlanInForce> versions) {
        List<Stretch> closed = new ArrayList<>();
        Map<String, Stretch> open = new LinkedHashMap<>();
        for (PlanInForce version : versions) {
            Map<String, Meter> meters = new LinkedHashMap<>();
            version.plan().meters().forEach(m -> meters.putIfAbsent(m.serial(), m));
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                if (!meters.containsKey(entry.getKey())) {
                    closed.add(new Stretch(
                            entry.getValue().meter(),
                            entry.getValue().from(),
                            version.from().minusDays(1)));
                    it.remove();
                }
            }
            meters.forEach((serial, meter) -> {
                Stretch current = open.get(serial);
                open.put(serial, new Stretch(meter, current == null ? version.from() : current.from(), null));
            });
        }
        closed.addAll(open.values());
        return closed;
    }
}
