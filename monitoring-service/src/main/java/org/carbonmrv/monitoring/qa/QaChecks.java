package org.carbonmrv.monitoring.qa;

import java.util.Comparator;
import java.util.List;

/** The check engine: runs every check and orders the findings, most severe first. */
public final class QaChecks {

    private static final List<QaCheck> CHECKS = List.of(
            new CalibrationCheck(),
            new OperatingDaysCheck(),
            new DowntimeDurationCheck(),
            new GasWhileUnitDownCheck(),
            new GapCheck(),
            new ValuesWhileDownCheck(),
            new OutOfRangeCheck(),
            new RedundantMetersCheck(),
            new BypassVentingCheck(),
            new ReusedBatchCheck(),
            new LoggerHoursCheck());

    private QaChecks() {}

    public static List<Finding> run(QaInput input) {
        return CHECKS.stream()
                .flatMap(c -> c.run(input).stream())
                .sorted(Comparator.comparing(Finding::severity)
                        .thenComparing(Finding::check)
                        .thenComparing(Finding::subject))
                .toList();
    }
}
