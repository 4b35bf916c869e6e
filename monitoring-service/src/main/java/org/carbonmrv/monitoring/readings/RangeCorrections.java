package org.carbonmrv.monitoring.readings;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.monitoring.CorrectReadingCommand;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Corrects every reading of one parameter and source inside a time range at once (a meter that
 * read wrong for a week): each reading gets its own correction event with the same reason and
 * evidence, all in one transaction, so the range is corrected whole or not at all.
 */
@Service
class RangeCorrections {

    static final int MAX_READINGS = 10_000;

    record Target(long id, String batchId, BigDecimal original, BigDecimal effective) {}

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    RangeCorrections(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    /** Sets the readings to {@code value}, or multiplies them by {@code factor}; returns how many changed. */
    @Transactional
    int correct(
            ProjectView project,
            ReportingPeriodView period,
            ParameterDefinition parameter,
            String source,
            Instant from,
            Instant to,
            BigDecimal value,
            BigDecimal factor,
            String reason,
            String evidence) {
        List<Target> targets = jdbc.query(
                """
                        SELECT id, batch_id, value AS original, effective_value AS effective FROM effective_readings
                        WHERE project_id = ? AND period_id = ? AND parameter = ? AND source = ?
                          AND starts_at >= ? AND ends_at <= ?
                        ORDER BY starts_at LIMIT ?""",
                DataClassRowMapper.newInstance(Target.class),
                project.id(),
                period.id(),
                parameter.id(),
                source,
                Timestamp.from(from),
                Timestamp.from(to),
                MAX_READINGS + 1);
        if (targets.isEmpty()) {
            throw DomainException.notFound(
                    "readings-not-found", "no reading of " + parameter.id() + " from " + source + " in that range");
        }
        if (targets.size() > MAX_READINGS) {
            throw DomainException.unprocessable(
                    "range-too-large",
                    "a range correction covers at most " + MAX_READINGS + " readings; split the range",
                    FieldProblem.of("to", "narrow the range"));
        }
        int changed = 0;
        for (Target t : targets) {
            BigDecimal corrected = value != null ? value : t.effective().multiply(factor, MathContext.DECIMAL64);
            if (!parameter.inRange(corrected)) {
                throw DomainException.unprocessable(
                        "value-out-of-range",
                        "reading " + t.id() + " would become " + corrected.toPlainString() + ", outside "
                                + parameter.minimum() + ".." + parameter.maximum(),
                        FieldProblem.of(value != null ? "value" : "factor", "gives a value out of range"));
            }
            if (corrected.compareTo(t.effective()) == 0) {
                continue;
            }
            commands.sendAndWait(new CorrectReadingCommand(
                    t.batchId(),
                    project.id(),
                    t.id(),
                    parameter.id(),
                    source,
                    t.original(),
                    t.effective(),
                    corrected,
                    parameter.unit().symbol(),
                    reason,
                    evidence));
            changed++;
        }
        return changed;
    }
}
