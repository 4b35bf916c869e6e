package org.carbonmrv.monitoring.readings;

import org.carbonmrv.api.monitoring.Meter;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.api.quantity.Decimals;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.methodology.ParameterDefinition.Scope;
import org.carbonmrv.platform.problem.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks every row of an upload against the project's monitoring plan (its methodology's
 * parameters), its facility and the reporting period, and collects every problem row by row.
 * {@code from} and {@code to} are dates in the project's time zone, both inclusive.
 */
final class ReadingRules {

    private final ProjectView project;
    private final ReportingPeriodView period;
    private final Map<String, ParameterDefinition> parameters;
    private final ZoneId zone;
    private final LocalDate today;
    private final Map<String, Meter> meters;

    /** With the plan's meters: a reading may name the meter that took it as its source. */
    ReadingRules(
            ProjectView project,
            ReportingPeriodView period,
            List<ParameterDefinition> parameters,
            LocalDate today,
            List<Meter> meters) {
        this.meters = meters.stream().collect(Collectors.toMap(Meter::serial, Function.identity(), (a, b) -> a));
        this.project = project;
        this.period = period;
        this.parameters = parameters.stream().collect(Collectors.toMap(ParameterDefinition::id, Function.identity()));
        this.zone = ZoneId.of(project.timeZone());
        this.today = today;
    }

    /** Checks one row; its problems go to {@code problems}. Duplicates are left to the store's unique key. */
    Optional<Reading> checkRow(RawReading row, List<FieldProblem> problems) {
        return check(row, problems);
    }

    private static final Pattern QUALITY_FLAG = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private Optional<Reading> check(RawReading row, List<FieldProblem> problems) {
        int before = problems.size();
        ParameterDefinition parameter = row.parameter() == null ? null : parameters.get(row.parameter());
        if (parameter == null) {
            problems.add(problem(
                    row,
                    "parameter",
                    row.parameter() == null
                            ? "required"
                            : "not a parameter of " + project.methodologyId() + "-" + project.methodologyVersion(),
                    row.parameter()));
            return Optional.empty();
        }
        checkSource(row, parameter, problems);
        if (row.quality() != null && !QUALITY_FLAG.matcher(row.quality()).matches()) {
            problems.add(problem(
                    row,
                    "quality",
                    "a quality flag (HJ 212: N, M, D, ...) of at most 32 letters, digits, '-' or '_'",
                    row.quality().length() > 40 ? row.quality().substring(0, 40) + "…" : row.quality()));
        }
        BigDecimal value = value(row, parameter, problems);
        LocalDateTime from = moment(row, "from", row.from(), false, problems);
        LocalDateTime to = moment(row, "to", row.to(), true, problems);
        YearMonth month = null;
        if (from != null && to != null) {
            month = interval(row, parameter, from, to, problems);
        }
        if (problems.size() > before || value == null || from == null || to == null) {
            return Optional.empty();
        }
        return Optional.of(new Reading(
                row.row(),
                parameter.id(),
                row.source(),
                from.atZone(zone).toInstant(),
                to.atZone(zone).toInstant(),
                month,
                value,
                parameter.unit().symbol(),
                row.quality()));
    }

    private void checkSource(RawReading row, ParameterDefinition parameter, List<FieldProblem> problems) {
        String source = row.source();
        if (source == null) {
            problems.add(problem(row, "source", "required", null));
            return;
        }
        if (meterServes(meters.get(source), parameter)) {
            return;
        }
        boolean known = switch (parameter.sourceKind()) {
            case PRODUCTION_LINE -> project.facility().hasLine(source);
            case DESTRUCTION_UNIT -> project.facility().hasDestructionUnit(source);
            case PLANT -> source.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
        };
        if (!known) {
            String rule = switch (parameter.sourceKind()) {
                case PRODUCTION_LINE ->
                    "must be a production line of the facility: "
                            + project.facility().lineIds().toList();
                case DESTRUCTION_UNIT ->
                    "must be a destruction unit of the facility: "
                            + project.facility().destructionUnitIds().toList();
                case PLANT -> "must be an identifier (letters, digits, . _ -)";
            };
            problems.add(problem(row, "source", rule, source));
        }
    }

    private boolean meterServes(Meter meter, ParameterDefinition parameter) {
        if (meter == null) {
            return false;
        }
        return switch (parameter.sourceKind()) {
            case DESTRUCTION_UNIT ->
                meter.serves().stream().anyMatch(s -> project.facility().hasDestructionUnit(s));
            case PRODUCTION_LINE ->
                meter.serves().stream()
                        .anyMatch(s ->
                                s.equals("production") || project.facility().hasLine(s));
            case PLANT -> true;
        };
    }

    private BigDecimal value(RawReading row, ParameterDefinition parameter, List<FieldProblem> problems) {
        if (row.value() == null) {
            problems.add(problem(row, "value", "required", null));
            return null;
        }
        BigDecimal given;
        try {
            given = Decimals.parse(row.value());
        } catch (NumberFormatException e) {
            problems.add(problem(
                    row,
                    "value",
                    "must be " + Decimals.RULE,
                    row.value().length() > 60 ? row.value().substring(0, 60) + "…" : row.value()));
            return null;
        }
        Optional<Unit> unit = Unit.fromSymbol(row.unit());
        if (unit.isEmpty()) {
            problems.add(problem(
                    row,
                    "unit",
                    row.unit() == null
                            ? "required (" + parameter.unit().symbol() + ")"
                            : "unknown unit; " + parameter.id() + " is measured in "
                                    + parameter.unit().symbol(),
                    row.unit()));
            return null;
        }
        if (!unit.get().convertsTo(parameter.unit())) {
            problems.add(problem(
                    row,
                    "unit",
                    unit.get().whyNotConvertible(parameter.unit()) + " (the unit of " + parameter.id() + " is "
                            + parameter.unit().symbol() + ")",
                    row.unit()));
            return null;
        }
        BigDecimal value = unit.get().convert(given, parameter.unit());
        if (!parameter.inRange(value)) {
            String rule = value.signum() < 0
                    ? "must not be negative"
                    : "must lie between " + parameter.minimum() + " and "
                            + parameter.upperBound().toPlainString() + " "
                            + parameter.unit().symbol();
            problems.add(problem(row, "value", rule, row.value()));
            return null;
        }
        return value;
    }

    /**
     * A date (whole days: {@code from} at its start, {@code to} inclusive, so at the start of the next
     * day) or a local date-time ({@code to} exclusive), in the project's time zone.
     */
    private LocalDateTime moment(RawReading row, String field, String text, boolean end, List<FieldProblem> problems) {
        if (text == null) {
            problems.add(problem(row, field, "required (yyyy-MM-dd or yyyy-MM-ddTHH:mm)", null));
            return null;
        }
        String t = text.trim();
        try {
            if (t.length() > 10) {
                return LocalDateTime.parse(t);
            }
            LocalDate day = LocalDate.parse(t);
            return end ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
        } catch (DateTimeParseException e) {
            problems.add(problem(row, field, "must be a date yyyy-MM-dd or a local time yyyy-MM-ddTHH:mm", text));
            return null;
        }
    }

    private YearMonth interval(
            RawReading row,
            ParameterDefinition parameter,
            LocalDateTime from,
            LocalDateTime to,
            List<FieldProblem> problems) {
        if (!to.isAfter(from)) {
            problems.add(problem(row, "to", "ends before it starts", row.to()));
            return null;
        }
        LocalDateTime periodStart = period.start().atStartOfDay();
        LocalDateTime periodEnd = period.end().plusDays(1).atStartOfDay();
        if (from.isBefore(periodStart) || to.isAfter(periodEnd)) {
            problems.add(problem(
                    row,
                    "from",
                    "must lie inside the reporting period " + period.start() + ".." + period.end(),
                    row.from()));
            return null;
        }
        if (to.isAfter(today.plusDays(1).atStartOfDay())) {
            problems.add(problem(row, "to", "lies in the future", row.to()));
            return null;
        }
        if (parameter.scope() == Scope.PERIOD) {
            if (!from.equals(periodStart) || !to.equals(periodEnd)) {
                problems.add(problem(
                        row,
                        "from",
                        parameter.id() + " has one value for the whole reporting period " + period.start() + ".."
                                + period.end(),
                        row.from()));
            }
            return null;
        }
        if (parameter.aggregation() == ParameterDefinition.Aggregation.HOURLY
                && (from.getMinute() != 0 || from.getSecond() != 0 || !to.equals(from.plusHours(1)))) {
            problems.add(problem(
                    row,
                    "to",
                    parameter.id() + " is an hourly value: from a whole hour to the next (yyyy-MM-ddTHH:00)",
                    row.from() + ".." + row.to()));
            return null;
        }
        YearMonth month = YearMonth.from(from);
        if (to.isAfter(month.plusMonths(1).atDay(1).atStartOfDay())) {
            problems.add(problem(
                    row, "to", parameter.id() + " is reported per month: from and to must lie in one month", row.to()));
            return null;
        }
        return month;
    }

    private static FieldProblem problem(RawReading row, String field, String rule, String value) {
        return new FieldProblem("rows[" + row.row() + "]." + field, rule, value);
    }
}
