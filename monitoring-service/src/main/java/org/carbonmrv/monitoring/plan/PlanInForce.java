package org.carbonmrv.monitoring.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A version of the monitoring plan with the days it is in force: from its effective date until
 * the next version's. The first version is in force from the beginning, so data from before its
 * effective date is still checked against a plan.
 *
 * @param from  first day in force, null for the first version
 * @param until first day no longer in force (the next version's effective date), null for the latest
 */
public record PlanInForce(MonitoringPlanProjection.PlanView plan, LocalDate from, LocalDate until) {

    /** The versions, in version order, each with its days in force. */
    public static List<PlanInForce> of(List<MonitoringPlanProjection.PlanView> versions) {
        List<PlanInForce> inForce = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            LocalDate until = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom() : null;
            inForce.add(new PlanInForce(
                    versions.get(i), i == 0 ? null : versions.get(i).effectiveFrom(), until));
        }
        return inForce;
    }

    /** Whether the version is in force on any day of [start, end]. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (from == null || !from.isAfter(end))
                && (until == null || until.isAfter(start))
                && (from == null || until == null || until.isAfter(from));
    }
}
