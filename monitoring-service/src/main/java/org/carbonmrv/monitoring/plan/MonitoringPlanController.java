package org.carbonmrv.monitoring.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.monitoring.DeclareMonitoringPlanCommand;
import org.carbonmrv.api.monitoring.Meter;
import org.carbonmrv.api.monitoring.PlanParameter;
import org.carbonmrv.api.monitoring.RecordCalibrationCommand;
import org.carbonmrv.api.monitoring.RecordMeterSubstitutionCommand;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.ParameterDefinition;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/monitoring/projects/{projectId}")
@Tag(name = "monitoring plan", description = "parameters, meters, calibrations and meter substitutions")
public class MonitoringPlanController {

    private static final String PRODUCTION = "production";

    private final ProjectDirectory projects;
    private final CommandGateway commands;
    private final MonitoringPlanProjection plans;

    MonitoringPlanController(ProjectDirectory projects, CommandGateway commands, MonitoringPlanProjection plans) {
        this.projects = projects;
        this.commands = commands;
        this.plans = plans;
    }

    record DeclarePlan(
            @NotNull LocalDate effectiveFrom,
            @NotEmpty @Valid List<PlanParameter> parameters,
            @Valid List<Meter> meters) {}

    record Calibration(
            @NotNull LocalDate performedOn, @NotNull LocalDate validUntil, String certificate, String laboratory) {}

    record Substitution(
            @NotBlank String substituteSerial,
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            String reason) {}

    record PlanDeclared(int version) {}

    @PostMapping("/monitoring-plan")
    @Operation(summary = "Declare a new version of the monitoring plan, in force from its effective date")
    ResponseEntity<PlanDeclared> declare(@PathVariable String projectId, @Valid @RequestBody DeclarePlan request) {
        ProjectView project = ownedProject(projectId);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, ParameterDefinition> known = MethodologyCatalogue.pinnedBy(project).parameters().stream()
                .collect(Collectors.toMap(ParameterDefinition::id, Function.identity()));
        for (int i = 0; i < request.parameters().size(); i++) {
            PlanParameter p = request.parameters().get(i);
            ParameterDefinition definition = known.get(p.id());
            if (definition == null) {
                problems.add(new FieldProblem(
                        "parameters[" + i + "].id",
                        "not a parameter of " + project.methodologyId() + "-" + project.methodologyVersion(),
                        p.id()));
            } else if (Unit.fromSymbol(p.unit())
                    .filter(u -> u.convertsTo(definition.unit()))
                    .isEmpty()) {
                problems.add(new FieldProblem(
                        "parameters[" + i + "].unit",
                        "must convert to " + definition.unit().symbol(),
                        p.unit()));
            }
        }
        List<Meter> meters = request.meters() == null ? List.of() : request.meters();
        for (int i = 0; i < meters.size(); i++) {
            for (String served : meters.get(i).serves()) {
                if (!served.equals(PRODUCTION)
                        && !project.facility().hasDestructionUnit(served)
                        && !project.facility().hasLine(served)) {
                    problems.add(new FieldProblem(
                            "meters[" + i + "].serves",
                            "must name production, a production line or a destruction unit",
                            served));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(
                    "plan-invalid", 422, problems.size() + " problem(s) in the plan; nothing was recorded", problems);
        }
        commands.sendAndWait(new DeclareMonitoringPlanCommand(
                MonitoringPlan.idOf(projectId), projectId, request.effectiveFrom(), request.parameters(), meters));
        int version = plans.latest(projectId)
                .map(MonitoringPlanProjection.PlanView::version)
                .orElseThrow();
        return ResponseEntity.status(201).body(new PlanDeclared(version));
    }

    @GetMapping("/monitoring-plan")
    @Operation(summary = "The plan in force (latest version)")
    MonitoringPlanProjection.PlanView plan(@PathVariable String projectId) {
        projects.visibleProject(Actor.require(), projectId);
        return plans.latest(projectId)
                .orElseThrow(() -> DomainException.notFound("plan-not-found", "no monitoring plan yet"));
    }

    @PostMapping("/meters/{serial}/calibrations")
    @Operation(summary = "Record a calibration of a meter")
    ResponseEntity<Void> calibrate(
            @PathVariable String projectId, @PathVariable String serial, @Valid @RequestBody Calibration request) {
        ownedProject(projectId);
        commands.sendAndWait(new RecordCalibrationCommand(
                MonitoringPlan.idOf(projectId),
                projectId,
                serial,
                request.performedOn(),
                request.validUntil(),
                request.certificate(),
                request.laboratory()));
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/meters/{serial}/substitutions")
    @Operation(summary = "Record that another meter measured in this one's place")
    ResponseEntity<Void> substitute(
            @PathVariable String projectId, @PathVariable String serial, @Valid @RequestBody Substitution request) {
        ownedProject(projectId);
        commands.sendAndWait(new RecordMeterSubstitutionCommand(
                MonitoringPlan.idOf(projectId),
                projectId,
                serial,
                request.substituteSerial(),
                request.from(),
                request.to(),
                request.reason()));
        return ResponseEntity.status(201).build();
    }

    @GetMapping("/meters")
    @Operation(summary = "The plan's meters with their calibrations and substitutions")
    List<MeterCalibrations> meters(@PathVariable String projectId) {
        projects.visibleProject(Actor.require(), projectId);
        return plans.meterCalibrations(projectId);
    }

    private ProjectView ownedProject(String projectId) {
        // the plan, its meters' calibrations and substitutions are the owner's word; a machine client only uploads
        return projects.ownedProject(Actor.require(), projectId, "keeping the monitoring plan", Role.PROJECT_OWNER);
    }
}
