package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.view.QaSeverity;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A month without any reading from a source that reports in the period's other months. */
final class GapCheck implements QaCheck {

    static final String ID = "gap-in-series";

    @Override
    public List<Finding> run(QaInput input) {
        List<Finding> findings = new ArrayList<>();
        input.monthlyCounts()
                .forEach((parameter, bySource) -> bySource.forEach((source, counts) -> {
                    for (YearMonth m = YearMonth.from(input.periodStart());
                            !m.isAfter(YearMonth.from(input.periodEnd()));
                            m = m.plusMonths(1)) {
                        if (counts.getOrDefault(m, 0L) == 0L) {
                            findings.add(Finding.open(
                                    ID,
                                    QaSeverity.WARNING,
                                    parameter + " " + source + " " + m,
                                    "no reading of " + parameter + " from " + source + " in " + m
                                            + ", though it reports in other months of the period",
                                    Map.of("parameter", parameter, "source", source, "month", m.toString())));
                        }
                    }
                }));
        return findings;
    }
}
