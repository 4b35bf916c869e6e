package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.view.QaSeverity;
import org.carbonmrv.monitoring.operatinglog.OperatingDays;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Feed gas booked on a destruction unit in a month in which the log shows it never ran. */
final class GasWhileUnitDownCheck implements QaCheck {

    static final String ID = "gas-booked-while-unit-down";

    @Override
    public List<Finding> run(QaInput input) {
        List<Finding> findings = new ArrayList<>();
        for (String unit : input.destructionUnits()) {
            for (YearMonth m = YearMonth.from(input.periodStart());
                    !m.isAfter(YearMonth.from(input.periodEnd()));
                    m = m.plusMonths(1)) {
                BigDecimal gas = input.monthlyTotal("q_HFC23_inlet", unit, m);
                if (gas == null || gas.signum() == 0 || OperatingDays.operatingDays(input.downtime(), unit, m) > 0) {
                    continue;
                }
                findings.add(Finding.open(
                        ID,
                        QaSeverity.WARNING,
                        unit + " " + m,
                        gas.toPlainString() + " t of feed gas is booked on " + unit + " in " + m
                                + ", but the operating log shows it down all month (columns swapped?)",
                        Map.of("unit", unit, "month", m.toString(), "gas_t", gas.toPlainString())));
            }
        }
        return findings;
    }
}
