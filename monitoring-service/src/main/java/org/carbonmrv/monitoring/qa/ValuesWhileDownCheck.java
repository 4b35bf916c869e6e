package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.view.QaSeverity;

import java.util.List;
import java.util.Map;

/** Flow or mass recorded on a destruction unit while its log says it was shut down. */
final class ValuesWhileDownCheck implements QaCheck {

    static final String ID = "values-while-unit-down";

    @Override
    public List<Finding> run(QaInput input) {
        return input.valuesWhileDown().stream()
                .map(v -> Finding.open(
                        ID,
                        QaSeverity.WARNING,
                        v.parameter() + " " + v.unitId(),
                        v.count() + " reading(s) of " + v.parameter() + " on " + v.unitId() + " (total "
                                + v.total().toPlainString() + ") fall wholly inside its logged shutdowns, the first at "
                                + v.first(),
                        Map.of(
                                "parameter",
                                v.parameter(),
                                "unit",
                                v.unitId(),
                                "count",
                                String.valueOf(v.count()),
                                "total",
                                v.total().toPlainString(),
                                "first",
                                v.first())))
                .toList();
    }
}
