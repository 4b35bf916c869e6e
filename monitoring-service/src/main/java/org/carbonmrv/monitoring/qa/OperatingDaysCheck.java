package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.view.QaSeverity;
import org.carbonmrv.monitoring.operatinglog.OperatingDays;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reported operating days (D_f) against the days derived from the operating log. More days
 * reported than the log gives is conservative under CM-010 (more exhaust, more PE_ND), fewer is not.
 */
final class OperatingDaysCheck implements QaCheck {

    static final String ID = "operating-days-vs-log";

    @Override
    public List<Finding> run(QaInput input) {
        List<Finding> findings = new ArrayList<>();
        for (String unit : input.destructionUnits()) {
            for (YearMonth m = YearMonth.from(input.periodStart());
                    !m.isAfter(YearMonth.from(input.periodEnd()));
                    m = m.plusMonths(1)) {
                BigDecimal reported = input.monthlyTotal("D_f", unit, m);
                if (reported == null) {
                    continue;
                }
                int derived = OperatingDays.operatingDays(input.downtime(), unit, m);
                int difference = reported.compareTo(BigDecimal.valueOf(derived));
                if (difference == 0) {
                    continue;
                }
                String subject = unit + " " + m;
                String why = difference > 0
                        ? "the reported figure is higher, which is conservative (more operating days, more PE_ND); it stands"
                        : "the reported figure is lower, which is not conservative (fewer operating days, less PE_ND)";
                findings.add(Finding.open(
                        ID,
                        QaSeverity.WARNING,
                        subject,
                        "operating days of " + unit + " in " + m + ": reported " + reported.toPlainString()
                                + ", derived from the operating log " + derived + "; " + why,
                        Map.of(
                                "unit",
                                unit,
                                "month",
                                m.toString(),
                                "reported",
                                reported.toPlainString(),
                                "derived",
                                String.valueOf(derived))));
            }
        }
        return findings;
    }
}
