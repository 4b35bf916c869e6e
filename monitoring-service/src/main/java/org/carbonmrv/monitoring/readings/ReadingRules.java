package org.carbonmrv.monitoring.readings;

import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.methodology.ParameterDefinition.Scope;
import org.carbonmrv.platform.problem.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks every row of an upload against the project's monitoring plan (its methodology's
 * parameters), its facility and the reporting period, and collects every problem row by row.
 * {@code from} and {@code to} are dates in the project's time zone, both inclusive.
 */
final class ReadingRules {

    record Outcome(List<Reading> readings, List<FieldProblem> problems) {
    }

    private final ProjectView project;
    private final ReportingPeriodView period;
    private final Map<String, ParameterDefinition> parameters;
    private final ZoneId zone;
    private final LocalDate today;

    ReadingRules(ProjectView project, ReportingPeriodView period, List<ParameterDefinition> parameters, LocalDate today) {
        this.project = project;
        this.period = period;
        this.parameters = parameters.stream().collect(Collectors.toMap(ParameterDefinition::id, Function.identity()));
        this.zone = ZoneId.of(project.timeZone());
        this.today = today;
    }

    Outcome check(List<RawReading> rows) {
        List<Reading> readings = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawReading row : rows) {
            List<FieldProblem> rowProblems = new ArrayList<>();
            Optional<Reading> reading = check(row, rowProblems);
            reading.ifPresent(r -> {
                if (!seen.add(r.key())) {
                    rowProblems.add(problem(row, "parameter", "duplicates an earlier row of this upload (same parameter, source and interval)", row.parameter()));
                } else {
                    readings.add(r);
                }
            });
            problems.addAll(rowProblems);
        }
        return new Outcome(readings, problems);
    }

    private Optional<Reading> check(RawReading row, List<FieldProblem> problems) {
        ParameterDefinition parameter = row.parameter() == null ? null : parameters.get(row.parameter());
        if (parameter == null) {
            problems.add(problem(row, "parameter", row.parameter() == null ? "required"
                    : "not a parameter of " + project.methodologyId() + "-" + project.methodologyVersion(), row.parameter()));
            return Optional.empty();
        }
        checkSource(row, parameter, problems);
        BigDecimal value = value(row, parameter, problems);
        LocalDate from = date(row, "from", row.from(), problems);
        LocalDate to = date(row, "to", row.to(), problems);
        YearMonth month = null;
        if (from != null && to != null) {
            month = interval(row, parameter, from, to, problems);
        }
        if (!problems.isEmpty() || value == null || from == null || to == null) {
            return Optional.empty();
        }
        return Optional.of(new Reading(row.row(), parameter.id(), row.source(), from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(), month, value, parameter.unit().symbol(),
                row.quality()));
    }

    private void checkSource(RawReading row, ParameterDefinition parameter, List<FieldProblem> problems) {
        String source = row.source();
        if (source == null) {
            problems.add(problem(row, "source", "required", null));
            return;
        }
        boolean known = switch (parameter.sourceKind()) {
            case PRODUCTION_LINE -> project.facility().hasLine(source);
            case DESTRUCTION_UNIT -> project.facility().hasDestructionUnit(source);
            case PLANT -> source.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
        };
        if (!known) {
            String rule = switch (parameter.sourceKind()) {
                case PRODUCTION_LINE -> "must be a production line of the facility: " + project.facility().lineIds().toList();
                case DESTRUCTION_UNIT -> "must be a destruction unit of the facility: " + project.facility().destructionUnitIds().toList();
                case PLANT -> "must be an identifier (letters, digits, . _ -)";
            };
            problems.add(problem(row, "source", rule, source));
        }
    }

    private BigDecimal value(RawReading row, ParameterDefinition parameter, List<FieldProblem> problems) {
        if (row.value() == null) {
            problems.add(problem(row, "value", "required", null));
            return null;
        }
        BigDecimal given;
        try {
            given = new BigDecimal(row.value().trim());
        } catch (NumberFormatException e) {
            problems.add(problem(row, "value", "must be a decimal number", row.value()));
            return null;
        }
        Optional<Unit> unit = Unit.fromSymbol(row.unit());
        if (unit.isEmpty()) {
            problems.add(problem(row, "unit", row.unit() == null ? "required (" + parameter.unit().symbol() + ")"
                    : "unknown unit; " + parameter.id() + " is measured in " + parameter.unit().symbol(), row.unit()));
            return null;
        }
        if (!unit.get().convertsTo(parameter.unit())) {
            problems.add(problem(row, "unit", "does not convert to " + parameter.unit().symbol() + ", the unit of " + parameter.id(), row.unit()));
            return null;
        }
        BigDecimal value = unit.get().convert(given, parameter.unit());
        if (!parameter.inRange(value)) {
            String rule = value.signum() < 0 ? "must not be negative"
                    : "must lie between " + parameter.minimum() + " and " + parameter.maximum() + " " + parameter.unit().symbol();
            problems.add(problem(row, "value", rule, row.value()));
            return null;
        }
        return value;
    }

    private LocalDate date(RawReading row, String field, String text, List<FieldProblem> problems) {
        if (text == null) {
            problems.add(problem(row, field, "required (yyyy-MM-dd)", null));
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(problem(row, field, "must be a date yyyy-MM-dd", text));
            return null;
        }
    }

    private YearMonth interval(RawReading row, ParameterDefinition parameter, LocalDate from, LocalDate to,
                               List<FieldProblem> problems) {
        if (to.isBefore(from)) {
            problems.add(problem(row, "to", "ends before it starts", row.to()));
            return null;
        }
        if (!period.contains(from) || !period.contains(to)) {
            problems.add(problem(row, "from", "must lie inside the reporting period " + period.start() + ".." + period.end(), row.from()));
            return null;
        }
        if (to.isAfter(today)) {
            problems.add(problem(row, "to", "lies in the future", row.to()));
            return null;
        }
        if (parameter.scope() == Scope.PERIOD) {
            if (!from.equals(period.start()) || !to.equals(period.end())) {
                problems.add(problem(row, "from", parameter.id() + " has one value for the whole reporting period "
                        + period.start() + ".." + period.end(), row.from()));
            }
            return null;
        }
        if (!YearMonth.from(from).equals(YearMonth.from(to))) {
            problems.add(problem(row, "to", parameter.id() + " is reported per month: from and to must lie in one month", row.to()));
            return null;
        }
        return YearMonth.from(from);
    }

    private static FieldProblem problem(RawReading row, String field, String rule, String value) {
        return new FieldProblem("rows[" + row.row() + "]." + field, rule, value);
    }
}
