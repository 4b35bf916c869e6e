package org.carbonmrv.project.project;

import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.time.LocalDate;
import java.util.List;

/**
 * Reporting periods are contiguous, never overlap, lie inside the crediting period and last at
 * most twelve months.
 */
final class ReportingPeriodPolicy {

    static final int MAX_MONTHS = 12;

    record Span(LocalDate start, LocalDate end) {}

    private ReportingPeriodPolicy() {}

    static void check(
            List<Span> existing, LocalDate creditingStart, LocalDate creditingEnd, LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw refused("end", "the period ends before it starts");
        }
        if (start.isBefore(creditingStart) || end.isAfter(creditingEnd)) {
            throw refused(
                    "start", "the period must lie inside the crediting period " + creditingStart + ".." + creditingEnd);
        }
        if (!end.isBefore(start.plusMonths(MAX_MONTHS))) {
            throw refused("end", "a reporting period lasts at most " + MAX_MONTHS + " months");
        }
        existing.stream().map(Span::end).max(LocalDate::compareTo).ifPresent(lastEnd -> {
            if (!start.equals(lastEnd.plusDays(1))) {
                throw refused(
                        "start", "reporting periods are contiguous: the next one starts on " + lastEnd.plusDays(1));
            }
        });
    }

    private static DomainException refused(String field, String rule) {
        return DomainException.unprocessable("reporting-period-invalid", rule, FieldProblem.of(field, rule));
    }
}
