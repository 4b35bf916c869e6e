package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.view.QaSeverity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Every bypass or venting event in the period: gas that went round the destruction unit, or was
 * released, was not destroyed, and the verifier checks it was kept out of the destroyed quantity.
 */
final class BypassVentingCheck implements QaCheck {

    static final String ID = "bypass-or-venting";

    @Override
    public List<Finding> run(QaInput input) {
        return input.downtime().stream()
                .filter(e -> !e.isShutdown())
                .map(e -> {
                    long minutes = Duration.between(e.from(), e.to()).toMinutes();
                    return Finding.open(
                            ID,
                            QaSeverity.WARNING,
                            e.kind().stored() + " " + e.unitId() + " " + e.from(),
                            e.kind().stored() + " at " + e.unitId() + " from " + e.from() + " to " + e.to() + " ("
                                    + minutes + " min"
                                    + (e.productionStopped() ? ", production stopped" : ", production running")
                                    + "): gas not destroyed in this time must stay out of the destroyed quantity",
                            Map.of(
                                    "kind",
                                    e.kind().stored(),
                                    "unit",
                                    e.unitId(),
                                    "from",
                                    e.from().toString(),
                                    "to",
                                    e.to().toString(),
                                    "minutes",
                                    String.valueOf(minutes)));
                })
                .toList();
    }
}
