package org.carbonmrv.monitoring.dataloggers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.monitoring.DataLoggerChannel;
import org.carbonmrv.api.monitoring.RegisterDataLoggerCommand;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.cems.logger.LoggerPassword;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.monitoring.plan.MonitoringPlanProjection;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@RestController
@Tag(
        name = "data loggers",
        description = "CEMS data loggers (HJ 212) of the monitoring plan, and the hours they report")
public class DataLoggersController {

    private final ProjectDirectory projects;
    private final CommandGateway commands;
    private final DataLoggersProjection loggers;
    private final MonitoringPlanProjection plans;
    private final LoggerHours hours;

    DataLoggersController(
            ProjectDirectory projects,
            CommandGateway commands,
            DataLoggersProjection loggers,
            MonitoringPlanProjection plans,
            LoggerHours hours) {
        this.projects = projects;
        this.commands = commands;
        this.loggers = loggers;
        this.plans = plans;
        this.hours = hours;
    }

    /** HJ 212: MN up to 24 letters and digits, PW up to 9 characters (longer ones are allowed here, but not ';' or ','). */
    record RegisterLogger(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]{1,24}", message = "1 to 24 letters or digits (HJ 212 MN)")
            String mn,

            @NotBlank @Size(max = 32) @Pattern(regexp = "[^;,&=\\s]+", message = "no ; , & = or spaces (HJ 212 PW)")
            String password,

            @NotBlank String source,
            @NotEmpty @Valid List<Channel> channels) {}

    record Channel(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]{1,32}", message = "an HJ 212 pollutant code")
            String code,

            @NotBlank String parameter,
            @NotBlank String unit,
            String meterSerial) {}

    /** A logger as its project's readers see it: no password, not even its hash. */
    record LoggerView(String mn, String source, List<DataLoggerChannel> channels, Instant registeredAt) {}

    /** What the adapter needs to accept a logger's frames. */
    record LoggerCredentials(String mn, String passwordHash) {}

    @PostMapping("/api/monitoring/projects/{projectId}/data-loggers")
    @Operation(
            summary = "Register a CEMS data logger (its MN and password) for a source, mapping its pollutant codes to"
                    + " plan parameters; registering the same MN again replaces its password and channels")
    ResponseEntity<LoggerView> register(@PathVariable String projectId, @Valid @RequestBody RegisterLogger request) {
        ProjectView project =
                projects.ownedProject(Actor.require(), projectId, "registering data loggers", Role.PROJECT_OWNER);
        List<FieldProblem> problems = problems(project, request);
        if (!problems.isEmpty()) {
            throw new DomainException(
                    "data-logger-invalid",
                    422,
                    problems.size() + " problem(s) in the registration; nothing was recorded",
                    problems);
        }
        loggers.byMn(request.mn()).filter(r -> !r.projectId().equals(projectId)).ifPresent(r -> {
            throw DataLoggersProjection.registeredElsewhere(request.mn());
        });
        List<DataLoggerChannel> channels = request.channels().stream()
                .map(c -> new DataLoggerChannel(c.code(), c.parameter(), c.unit(), c.meterSerial()))
                .toList();
        commands.sendAndWait(new RegisterDataLoggerCommand(
                "monitoring-plan:" + projectId,
                projectId,
                request.mn(),
                LoggerPassword.hash(request.password()),
                request.source(),
                channels));
        LoggerView view = view(loggers.byMn(request.mn()).orElseThrow());
        return ResponseEntity.created(
                        URI.create("/api/monitoring/projects/" + projectId + "/data-loggers/" + request.mn()))
                .body(view);
    }

    @GetMapping("/api/monitoring/projects/{projectId}/data-loggers")
    @Operation(summary = "The project's data loggers with their sources and channels")
    List<LoggerView> ofProject(@PathVariable String projectId) {
        projects.visibleProject(Actor.require(), projectId);
        return loggers.ofProject(projectId).stream()
                .map(DataLoggersController::view)
                .toList();
    }

    @GetMapping("/api/monitoring/data-loggers")
    @Operation(summary = "Every registered logger's MN and password hash, for the CEMS adapter only")
    List<LoggerCredentials> credentials() {
        requireAdapter();
        return loggers.all().stream()
                .map(r -> new LoggerCredentials(r.mn(), r.passwordHash()))
                .toList();
    }

    @PostMapping("/api/monitoring/data-loggers/{mn}/hours")
    @Operation(
            summary = "Record one hour of a registered data logger as a batch of readings of its project's owner"
                    + " (the CEMS adapter only); idempotent on the hour's content")
    ResponseEntity<LoggerHours.Recorded> hour(@PathVariable String mn, @RequestBody LoggerHours.Hour request) {
        Actor adapter = requireAdapter();
        LoggerHours.Recorded recorded = hours.record(adapter, mn, request);
        return recorded.alreadyRecorded()
                ? ResponseEntity.ok(recorded)
                : ResponseEntity.status(201).body(recorded);
    }

    private static Actor requireAdapter() {
        Actor actor = Actor.require();
        if (!actor.hasRole(Role.CEMS_ADAPTER)) {
            throw DomainException.forbidden("forbidden", "this is the CEMS adapter's operation");
        }
        return actor;
    }

    private List<FieldProblem> problems(ProjectView project, RegisterLogger request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!project.facility().hasDestructionUnit(request.source())
                && !project.facility().hasLine(request.source())) {
            problems.add(
                    new FieldProblem("source", "must name a production line or a destruction unit", request.source()));
        }
        Map<String, ParameterDefinition> known = MethodologyCatalogue.pinnedBy(project).parameters().stream()
                .collect(Collectors.toMap(ParameterDefinition::id, Function.identity()));
        Set<String> planned = plans.latest(project.id())
                .map(plan -> plan.parameters().stream().map(p -> p.id()).collect(Collectors.toSet()))
                .orElse(Set.of());
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < request.channels().size(); i++) {
            Channel c = request.channels().get(i);
            String at = "channels[" + i + "]";
            if (!codes.add(c.code())) {
                problems.add(new FieldProblem(at + ".code", "appears twice", c.code()));
            }
            ParameterDefinition definition = known.get(c.parameter());
            if (definition == null || definition.origin() != ParameterDefinition.Origin.METER) {
                problems.add(new FieldProblem(
                        at + ".parameter",
                        "must be a metered parameter of " + project.methodologyId() + "-"
                                + project.methodologyVersion(),
                        c.parameter()));
                continue;
            }
            if (!planned.contains(c.parameter())) {
                problems.add(new FieldProblem(
                        at + ".parameter", "must be a parameter of the monitoring plan", c.parameter()));
            }
            if (Unit.fromSymbol(c.unit())
                    .filter(u -> u.convertsTo(definition.unit()))
                    .isEmpty()) {
                problems.add(new FieldProblem(
                        at + ".unit", "must convert to " + definition.unit().symbol(), c.unit()));
            }
        }
        return problems;
    }

    private static LoggerView view(DataLoggersProjection.Registration r) {
        return new LoggerView(r.mn(), r.source(), r.channels(), r.registeredAt());
    }
}
