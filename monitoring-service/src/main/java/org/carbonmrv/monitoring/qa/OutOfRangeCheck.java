package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.view.QaSeverity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Readings outside the plausible range the monitoring plan states for their parameter. */
final class OutOfRangeCheck implements QaCheck {

    static final String ID = "value-out-of-plausible-range";

    @Override
    public List<Finding> run(QaInput input) {
        return input.outOfRange().stream()
                .map(o -> Finding.open(
                        ID,
                        QaSeverity.WARNING,
                        o.parameter() + " " + o.source(),
                        o.count() + " reading(s) of " + o.parameter() + " from " + o.source()
                                + " lie outside the plan's plausible range "
                                + text(o.plausibleMinimum()) + ".." + text(o.plausibleMaximum()) + " (lowest "
                                + o.lowest().toPlainString() + ", highest "
                                + o.highest().toPlainString() + ")",
                        Map.of(
                                "parameter",
                                o.parameter(),
                                "source",
                                o.source(),
                                "count",
                                String.valueOf(o.count()),
                                "lowest",
                                o.lowest().toPlainString(),
                                "highest",
                                o.highest().toPlainString())))
                .toList();
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
