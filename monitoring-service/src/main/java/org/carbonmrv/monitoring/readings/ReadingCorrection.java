package org.carbonmrv.monitoring.readings;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.monitoring.CorrectReadingCommand;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.quantity.Decimals;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Correcting recorded readings, one or a time range of them: the new value in a unit that
 * converts to the parameter's and within its range, with a reason; the original stays on record.
 */
@Service
class ReadingCorrection {

    /** A corrected value as given: its text and unit. */
    record GivenValue(String value, String unit) {}

    private final ProjectDirectory projects;
    private final CommandGateway commands;
    private final RangeCorrections rangeCorrections;
    private final RecordedReadings readings;

    ReadingCorrection(
            ProjectDirectory projects,
            CommandGateway commands,
            RangeCorrections rangeCorrections,
            RecordedReadings readings) {
        this.projects = projects;
        this.commands = commands;
        this.rangeCorrections = rangeCorrections;
        this.readings = readings;
    }

    /** @param expectedCurrentValue the value the corrector saw, or null for the one stored now */
    RecordedReadings.History correctOne(
            Actor corrector,
            String projectId,
            long readingId,
            GivenValue given,
            String expectedCurrentValue,
            String reason,
            String evidence) {
        ProjectView project = projects.ownedProject(
                corrector, projectId, "correcting readings", Role.PROJECT_OWNER, Role.MONITORING_OPERATOR);
        var reading = readings.find(projectId, readingId);
        ParameterDefinition parameter = MethodologyCatalogue.pinnedBy(project)
                .parameter(reading.parameter())
                .orElseThrow();
        BigDecimal value = converted(given, parameter);
        BigDecimal expected = expectedCurrentValue == null
                ? new BigDecimal(reading.effectiveValue())
                : decimal(expectedCurrentValue, "expectedCurrentValue");
        commands.sendAndWait(new CorrectReadingCommand(
                reading.batchId(),
                projectId,
                readingId,
                reading.parameter(),
                reading.source(),
                new BigDecimal(reading.value()),
                expected,
                value,
                parameter.unit().symbol(),
                reason,
                evidence));
        return readings.history(projectId, readingId);
    }

    /**
     * Every reading of a parameter and source in [from, to) local time: set to {@code given}, or
     * multiplied by {@code factor}; exactly one of the two.
     *
     * @return how many readings were corrected
     */
    int correctRange(
            Actor corrector,
            String projectId,
            String periodId,
            String parameterId,
            String source,
            LocalDateTime from,
            LocalDateTime to,
            GivenValue given,
            String factor,
            String reason,
            String evidence) {
        ProjectView project = projects.ownedProject(
                corrector, projectId, "correcting readings", Role.PROJECT_OWNER, Role.MONITORING_OPERATOR);
        var period = ProjectDirectory.reportingPeriod(project, periodId);
        ParameterDefinition parameter = MethodologyCatalogue.pinnedBy(project)
                .parameter(parameterId)
                .orElseThrow(() -> DomainException.badRequest(
                        "parameter-unknown",
                        "no such parameter",
                        new FieldProblem("parameter", "must be a parameter of the methodology", parameterId)));
        if ((given == null) == (factor == null)) {
            throw DomainException.badRequest(
                    "correction-invalid",
                    "give either a value or a factor",
                    FieldProblem.of("value", "exactly one of value and factor"));
        }
        BigDecimal value = given == null ? null : converted(given, parameter);
        BigDecimal multiplier = factor == null ? null : decimal(factor, "factor");
        ZoneId zone = ZoneId.of(project.timeZone());
        Instant start = from.atZone(zone).toInstant();
        Instant end = to.atZone(zone).toInstant();
        return rangeCorrections.correct(
                project, period, parameter, source, start, end, value, multiplier, reason, evidence);
    }

    private static BigDecimal converted(GivenValue given, ParameterDefinition parameter) {
        BigDecimal number = decimal(given.value(), "value");
        Unit unit = Unit.fromSymbol(given.unit())
                .orElseThrow(() -> DomainException.badRequest(
                        "unit-invalid",
                        "unknown unit",
                        new FieldProblem(
                                "unit",
                                "must be a unit that converts to "
                                        + parameter.unit().symbol(),
                                given.unit())));
        if (!unit.convertsTo(parameter.unit())) {
            throw DomainException.badRequest(
                    "unit-invalid",
                    "the unit does not convert",
                    new FieldProblem("unit", unit.whyNotConvertible(parameter.unit()), given.unit()));
        }
        BigDecimal value = unit.convert(number, parameter.unit());
        if (!parameter.inRange(value)) {
            throw DomainException.badRequest(
                    "value-out-of-range",
                    "the corrected value is out of range",
                    new FieldProblem(
                            "value",
                            "must lie between " + parameter.minimum() + " and "
                                    + parameter.upperBound().toPlainString(),
                            given.value()));
        }
        return value;
    }

    private static BigDecimal decimal(String text, String field) {
        try {
            return Decimals.parse(text);
        } catch (NumberFormatException e) {
            throw DomainException.badRequest(
                    "value-invalid",
                    "not a decimal number within bounds",
                    new FieldProblem(field, "must be " + Decimals.RULE, text));
        }
    }
}
