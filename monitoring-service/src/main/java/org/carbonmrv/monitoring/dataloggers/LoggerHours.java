package org.carbonmrv.monitoring.dataloggers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.monitoring.DataLoggerChannel;
import org.carbonmrv.api.monitoring.LoggerHourValue;
import org.carbonmrv.api.monitoring.RecordLoggerHourCommand;
import org.carbonmrv.api.monitoring.UploadFormat;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.cems.validity.DerivedHour;
import org.carbonmrv.monitoring.readings.ReadingUploads;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One hour of a registered data logger becomes one batch of readings of its project's owner: a
 * reading per mapped channel (the hour, the value, the unit the logger reports in, its HJ 212
 * flag as quality), recorded through the same upload rules as any batch, and beside it how each
 * value came about (minutes counted, the logger's own hourly value). Codes the plan does not map
 * (a logger also reports O2, temperature, pressure ...) are left out and named in the answer.
 */
@Service
public class LoggerHours {

    /** An hour as the adapter sends it: local time of the project, one entry per pollutant code. */
    public record Hour(LocalDateTime hour, List<DerivedHour> channels) {}

    public record Recorded(
            String batchId,
            boolean alreadyRecorded,
            String projectId,
            String reportingPeriodId,
            int readings,
            List<String> unmappedCodes) {}

    private final DataLoggersProjection loggers;
    private final ProjectDirectory projects;
    private final ReadingUploads uploads;
    private final CommandGateway commands;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    LoggerHours(
            DataLoggersProjection loggers,
            ProjectDirectory projects,
            ReadingUploads uploads,
            CommandGateway commands,
            ObjectMapper json,
            PlatformTransactionManager transactions) {
        this.loggers = loggers;
        this.projects = projects;
        this.uploads = uploads;
        this.commands = commands;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    private static void requireWhole(Hour hour) {
        List<FieldProblem> problems = new ArrayList<>();
        if (hour.hour() == null) {
            problems.add(FieldProblem.of("hour", "must not be null"));
        }
        if (hour.channels() == null || hour.channels().isEmpty()) {
            problems.add(FieldProblem.of("channels", "must not be empty"));
        } else {
            for (int i = 0; i < hour.channels().size(); i++) {
                DerivedHour c = hour.channels().get(i);
                if (c.code() == null || c.code().isBlank()) {
                    problems.add(FieldProblem.of("channels[" + i + "].code", "must not be blank"));
                }
                if (c.value() == null) {
                    problems.add(FieldProblem.of("channels[" + i + "].value", "must not be null"));
                }
                if (c.flag() == null || c.flag().isBlank()) {
                    problems.add(FieldProblem.of("channels[" + i + "].flag", "must not be blank"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.badRequest(
                    "invalid-request", "the hour has invalid fields", problems.toArray(FieldProblem[]::new));
        }
    }

    public Recorded record(Actor adapter, String mn, Hour hour) {
        // checked here, after the caller is known to be the adapter: no one else learns what an hour must hold
        requireWhole(hour);
        DataLoggersProjection.Registration logger = loggers.byMn(mn)
                .orElseThrow(() ->
                        DomainException.notFound("data-logger-not-found", "no data logger " + mn + " is registered"));
        if (!hour.hour().truncatedTo(ChronoUnit.HOURS).equals(hour.hour())) {
            throw DomainException.unprocessable(
                    "hour-invalid",
                    "an hour starts on the hour",
                    new FieldProblem("hour", "must be a whole hour", hour.hour().toString()));
        }
        ProjectView project = projects.project(logger.projectId());
        ReportingPeriodView period = project.reportingPeriods().stream()
                .filter(p -> p.contains(hour.hour().toLocalDate()))
                .findFirst()
                .orElseThrow(() -> DomainException.unprocessable(
                        "hour-outside-periods",
                        "project " + project.id() + " has no reporting period on "
                                + hour.hour().toLocalDate(),
                        new FieldProblem(
                                "hour",
                                "must fall in a reporting period of the project",
                                hour.hour().toString())));
        ObjectNode body = json.createObjectNode();
        ArrayNode rows = body.putArray("readings");
        List<LoggerHourValue> values = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (DerivedHour c : hour.channels()) {
            Optional<DataLoggerChannel> channel = logger.channel(c.code());
            if (channel.isEmpty()) {
                unmapped.add(c.code());
                continue;
            }
            rows.addObject()
                    .put("parameter", channel.get().parameter())
                    .put("source", logger.source())
                    .put("from", hour.hour().toString())
                    .put("to", hour.hour().plusHours(1).toString())
                    .put("value", c.value().toPlainString())
                    .put("unit", channel.get().unit())
                    .put("quality", c.flag());
            values.add(new LoggerHourValue(
                    c.code(),
                    channel.get().parameter(),
                    c.value(),
                    c.flag(),
                    c.validMinutes(),
                    c.minutesReported(),
                    c.calibrationMinutes(),
                    c.loggerValue(),
                    c.loggerFlag()));
        }
        if (values.isEmpty()) {
            throw DomainException.unprocessable(
                    "no-mapped-channels",
                    "none of the hour's pollutant codes " + unmapped + " is a channel of logger " + mn,
                    new FieldProblem("channels", "must hold a code the registration maps", String.join(",", unmapped)));
        }
        // the batch is the owner's, uploaded by the logger; the adapter's own token stays the caller of record
        Actor owner = new Actor(
                "data-logger:" + mn,
                project.ownerOrganisation(),
                Set.of(Role.INTEGRATOR),
                adapter.clientId(),
                adapter.token());
        ReadingUploads.Outcome outcome;
        try {
            outcome = uploads.upload(
                    owner,
                    project,
                    period,
                    new ByteArrayInputStream(json.writeValueAsBytes(body)),
                    UploadFormat.JSON,
                    false);
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory body cannot fail to read", e);
        }
        commands.sendAndWait(new RecordLoggerHourCommand(
                outcome.batchId(), project.id(), period.id(), mn, hour.hour(), List.copyOf(values)));
        return new Recorded(
                outcome.batchId(),
                outcome.alreadyRecorded(),
                project.id(),
                period.id(),
                values.size(),
                List.copyOf(unmapped));
    }
}
