package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.view.QaSeverity;
import org.carbonmrv.monitoring.plan.MeterCalibrations;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Meters of one redundancy group (two meters in series, primary and backup) measure the same
 * flow: their monthly totals should agree within the sum of their stated accuracies.
 */
final class RedundantMetersCheck implements QaCheck {

    static final String ID = "redundant-meters-disagree";
    private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*%");

    @Override
    public List<Finding> run(QaInput input) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<MeterCalibrations>> groups = input.meters().stream()
                .filter(m -> m.redundancyGroup() != null)
                .collect(Collectors.groupingBy(
                        MeterCalibrations::redundancyGroup, LinkedHashMap::new, Collectors.toList()));
        groups.forEach((group, meters) -> {
            for (YearMonth m = YearMonth.from(input.periodStart());
                    !m.isAfter(YearMonth.from(input.periodEnd()));
                    m = m.plusMonths(1)) {
                List<MeterCalibrations> reporting = new ArrayList<>();
                List<BigDecimal> totals = new ArrayList<>();
                LocalDate first = m.atDay(1).isBefore(input.periodStart()) ? input.periodStart() : m.atDay(1);
                LocalDate last = m.atEndOfMonth().isAfter(input.periodEnd()) ? input.periodEnd() : m.atEndOfMonth();
                for (MeterCalibrations meter : meters) {
                    // only the meters of the group that a plan in force had in that month, each once
                    if (meter.daysInPlanWithin(first, last) == null
                            || reporting.stream().anyMatch(r -> r.meterId().equals(meter.meterId()))) {
                        continue;
                    }
                    BigDecimal total = totalOf(input, meter.meterId(), m);
                    if (total != null) {
                        reporting.add(meter);
                        totals.add(total);
                    }
                }
                if (reporting.size() < 2) {
                    continue;
                }
                BigDecimal high = totals.stream().max(BigDecimal::compareTo).orElseThrow();
                BigDecimal low = totals.stream().min(BigDecimal::compareTo).orElseThrow();
                if (high.signum() == 0) {
                    continue;
                }
                BigDecimal allowed = reporting.stream()
                        .map(RedundantMetersCheck::accuracy)
                        .sorted((a, b) -> b.compareTo(a))
                        .limit(2)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal difference = high.subtract(low).divide(high, MathContext.DECIMAL64);
                if (difference.compareTo(allowed) > 0) {
                    String totalsText = reporting.stream()
                            .map(x -> x.meterId() + " "
                                    + totals.get(reporting.indexOf(x)).toPlainString())
                            .collect(Collectors.joining(", "));
                    findings.add(Finding.open(
                            ID,
                            QaSeverity.WARNING,
                            group + " " + m,
                            "redundant meters of " + group + " disagree in " + m + " by "
                                    + difference
                                            .movePointRight(2)
                                            .setScale(2, RoundingMode.HALF_UP)
                                            .toPlainString()
                                    + " %, more than their accuracies allow ("
                                    + allowed.movePointRight(2)
                                            .stripTrailingZeros()
                                            .toPlainString() + " %): " + totalsText,
                            Map.of(
                                    "group",
                                    group,
                                    "month",
                                    m.toString(),
                                    "difference",
                                    difference.toPlainString(),
                                    "allowed",
                                    allowed.toPlainString())));
                }
            }
        });
        return findings;
    }

    private static BigDecimal totalOf(QaInput input, String meter, YearMonth month) {
        return input.monthlyTotals().values().stream()
                .map(bySource -> bySource.getOrDefault(meter, Map.of()).get(month))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** "±0.35%" as 0.0035; a meter without a stated accuracy is taken as exact. */
    static BigDecimal accuracy(MeterCalibrations meter) {
        if (meter.accuracy() == null) {
            return BigDecimal.ZERO;
        }
        Matcher m = PERCENT.matcher(meter.accuracy());
        return m.find() ? new BigDecimal(m.group(1)).movePointLeft(2) : BigDecimal.ZERO;
    }
}
