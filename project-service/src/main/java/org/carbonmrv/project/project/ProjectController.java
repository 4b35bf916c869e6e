package org.carbonmrv.project.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.project.AmendProjectCommand;
import org.carbonmrv.api.project.AssignVerifierCommand;
import org.carbonmrv.api.project.Facility;
import org.carbonmrv.api.project.ListProjectCommand;
import org.carbonmrv.api.project.Location;
import org.carbonmrv.api.project.OpenReportingPeriodCommand;
import org.carbonmrv.api.project.ProjectHistoryEntry;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.RejectProjectCommand;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.api.project.SubmitProjectCommand;
import org.carbonmrv.api.project.TerminateProjectCommand;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.platform.paging.Page;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.carbonmrv.project.project.ProjectRequests.AmendProject;
import org.carbonmrv.project.project.ProjectRequests.AssignVerifier;
import org.carbonmrv.project.project.ProjectRequests.Created;
import org.carbonmrv.project.project.ProjectRequests.OpenReportingPeriod;
import org.carbonmrv.project.project.ProjectRequests.RejectProject;
import org.carbonmrv.project.project.ProjectRequests.SubmitProject;
import org.carbonmrv.project.project.ProjectRequests.TerminateProject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "projects", description = "projects, their listing, reporting periods and verifier assignment")
@Validated
public class ProjectController {

    private final CommandGateway commands;
    private final ProjectSummaryProjection projects;
    /** The verification bodies the registry has accredited (DOEs); only they are assigned to reporting periods. */
    private final List<String> accreditedVerifiers;

    private final ApprovedPeriods approvedPeriods;
    private final ProjectHistory history;

    ProjectController(
            CommandGateway commands,
            ProjectSummaryProjection projects,
            ApprovedPeriods approvedPeriods,
            ProjectHistory history,
            @Value("${mrv.verifiers.accredited}") List<String> accreditedVerifiers) {
        this.accreditedVerifiers = List.copyOf(accreditedVerifiers);
        this.approvedPeriods = approvedPeriods;
        this.history = history;
        this.commands = commands;
        this.projects = projects;
    }

    @PostMapping
    @PreAuthorize("hasRole('" + Role.PROJECT_OWNER + "')")
    @Operation(summary = "A project owner submits a project for listing")
    ResponseEntity<Created> submit(@Valid @RequestBody SubmitProject request) {
        Actor owner = Actor.require();
        var methodology = MethodologyCatalogue.find(request.methodologyId(), request.methodologyVersion());
        if (methodology.isEmpty()) {
            throw DomainException.unprocessable(
                    "methodology-unknown",
                    "no such methodology version",
                    new FieldProblem(
                            "methodologyVersion",
                            "must name a methodology in the catalogue (e.g. CM-010 V01)",
                            request.methodologyId() + " " + request.methodologyVersion()));
        }
        if (!methodology.get().catalogueEntry().creditable()) {
            throw DomainException.unprocessable(
                    "methodology-not-creditable",
                    "a project pins a version that may be credited",
                    new FieldProblem(
                            "methodologyVersion",
                            "must be an ACTIVE version; " + methodology.get().key() + " is "
                                    + methodology.get().catalogueEntry().status() + " (requantification only)",
                            request.methodologyVersion()));
        }
        if (!request.location().subdivision().startsWith(request.location().country() + "-")) {
            throw DomainException.unprocessable(
                    "location-inconsistent",
                    "the subdivision lies in another country",
                    new FieldProblem(
                            "location.subdivision",
                            "must start with the country code "
                                    + request.location().country() + "-",
                            request.location().subdivision()));
        }
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            throw DomainException.badRequest(
                    "time-zone-unknown",
                    "unknown time zone",
                    new FieldProblem(
                            "timeZone", "must be an IANA time zone such as Asia/Shanghai", request.timeZone()));
        }
        String projectId = UUID.randomUUID().toString();
        Facility facility = request.facility().facility();
        commands.sendAndWait(new SubmitProjectCommand(
                projectId,
                request.name(),
                request.methodologyId(),
                request.methodologyVersion(),
                owner.organisation(),
                facility,
                request.timeZone(),
                request.creditingPeriodStart(),
                request.creditingPeriodEnd(),
                new Location(request.location().country(), request.location().subdivision())));
        return ResponseEntity.created(URI.create("/api/projects/" + projectId)).body(new Created(projectId));
    }

    @PostMapping("/{projectId}/listing")
    @PreAuthorize("hasRole('" + Role.REGISTRY_ADMIN + "')")
    @Operation(summary = "The registry lists a submitted project")
    ResponseEntity<Void> list(@PathVariable String projectId) {
        visible(projectId);
        commands.sendAndWait(new ListProjectCommand(projectId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{projectId}/rejection")
    @PreAuthorize("hasRole('" + Role.REGISTRY_ADMIN + "')")
    @Operation(summary = "The registry rejects a submitted project, with a reason")
    ResponseEntity<Void> reject(@PathVariable String projectId, @Valid @RequestBody RejectProject request) {
        visible(projectId);
        commands.sendAndWait(new RejectProjectCommand(projectId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{projectId}/amendments")
    @PreAuthorize("hasRole('" + Role.PROJECT_OWNER + "')")
    @Operation(
            summary = "The owner amends the project's name or facility, with a reason: the next version of the project")
    ProjectView amend(@PathVariable String projectId, @Valid @RequestBody AmendProject request) {
        ProjectView project = visible(projectId);
        if (!Actor.require().belongsTo(project.ownerOrganisation())) {
            throw DomainException.forbidden("not-project-owner", "only the owner organisation amends its project");
        }
        commands.sendAndWait(new AmendProjectCommand(
                projectId,
                request.expectedVersion(),
                request.name(),
                request.facility().facility(),
                request.reason()));
        return visible(projectId);
    }

    @PostMapping("/{projectId}/termination")
    @PreAuthorize("hasRole('" + Role.REGISTRY_ADMIN + "')")
    @Operation(summary = "The registry terminates a listed or registered project, with a reason")
    ResponseEntity<Void> terminate(@PathVariable String projectId, @Valid @RequestBody TerminateProject request) {
        visible(projectId);
        commands.sendAndWait(new TerminateProjectCommand(projectId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{projectId}/history")
    @Operation(
            summary = "What happened to a project the caller may see, event by event: what, when, who, in which role")
    Page<ProjectHistoryEntry> history(
            @PathVariable String projectId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(history.of(visible(projectId)), page, size);
    }

    @PostMapping("/{projectId}/reporting-periods")
    @PreAuthorize("hasRole('" + Role.PROJECT_OWNER + "')")
    @Operation(summary = "The owner opens the next reporting period")
    ResponseEntity<Created> openReportingPeriod(
            @PathVariable String projectId, @Valid @RequestBody OpenReportingPeriod request) {
        ProjectView project = visible(projectId);
        if (!Actor.require().belongsTo(project.ownerOrganisation())) {
            throw DomainException.forbidden("not-project-owner", "only the owner organisation opens reporting periods");
        }
        String periodId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenReportingPeriodCommand(projectId, periodId, request.start(), request.end()));
        return ResponseEntity.created(URI.create("/api/projects/" + projectId + "/reporting-periods/" + periodId))
                .body(new Created(periodId));
    }

    @PostMapping("/{projectId}/reporting-periods/{periodId}/verifier")
    @PreAuthorize("hasRole('" + Role.REGISTRY_ADMIN + "')")
    @Operation(summary = "The registry assigns a verifier organisation to a reporting period")
    ResponseEntity<Void> assignVerifier(
            @PathVariable String projectId, @PathVariable String periodId, @Valid @RequestBody AssignVerifier request) {
        ProjectView project = visible(projectId);
        // the owner's own organisation is refused by the project itself, as a conflict of interest
        if (!accreditedVerifiers.contains(request.verifierOrganisation())
                && !request.verifierOrganisation().equals(project.ownerOrganisation())) {
            throw DomainException.unprocessable(
                    "verifier-not-accredited",
                    request.verifierOrganisation() + " is not an accredited verifier organisation of this registry",
                    new FieldProblem(
                            "verifierOrganisation",
                            "must be one of " + String.join(", ", accreditedVerifiers),
                            request.verifierOrganisation()));
        }
        if (approvedPeriods.approved(projectId, periodId)) {
            throw DomainException.conflict(
                    "verifier-assignment-closed",
                    "the report of reporting period " + periodId
                            + " is approved: the verifier that approved it stays its verifier");
        }
        commands.sendAndWait(new AssignVerifierCommand(projectId, periodId, request.verifierOrganisation()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{projectId}/reporting-periods/{periodId}")
    @Operation(summary = "One reporting period of a project the caller may see, with its assigned verifier (else 404)")
    ReportingPeriodView reportingPeriod(@PathVariable String projectId, @PathVariable String periodId) {
        return visible(projectId)
                .reportingPeriod(periodId)
                .orElseThrow(() -> DomainException.notFound(
                        "reporting-period-not-found", "no reporting period " + periodId + " in project " + projectId));
    }

    @GetMapping("/{projectId}")
    @Operation(summary = "One project, if the caller may see it (else 404)")
    ProjectView project(@PathVariable String projectId) {
        return visible(projectId);
    }

    @GetMapping
    @Operation(summary = "The projects the caller's organisation owns or verifies (all, for the registry and auditors)")
    Page<ProjectView> projects(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Actor actor = Actor.require();
        var audience = ProjectVisibility.Audience.of(actor);
        return new Page<>(projects.visibleTo(audience, page, size), page, size, projects.countVisibleTo(audience))
                .map(p -> ProjectVisibility.asSeenBy(actor, p));
    }

    @GetMapping("/public")
    @Operation(
            summary = "Public registry view: listed, registered, completed and terminated projects (no token needed)")
    Page<PublicProject> publicListing(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        List<PublicProject> listed = projects.publicListing(page, size).stream()
                .map(PublicProject::of)
                .toList();
        return new Page<>(listed, page, size, projects.countPublic());
    }

    /** What the public sees of a project: no reporting-period internals, no verifier assignments. */
    record PublicProject(
            String id,
            String name,
            String methodology,
            String ownerOrganisation,
            String status,
            String creditingPeriodStart,
            String creditingPeriodEnd,
            Location location) {
        static PublicProject of(ProjectView p) {
            return new PublicProject(
                    p.id(),
                    p.name(),
                    p.methodologyId() + "-" + p.methodologyVersion(),
                    p.ownerOrganisation(),
                    p.status().name(),
                    p.creditingPeriodStart().toString(),
                    p.creditingPeriodEnd().toString(),
                    p.location());
        }
    }

    private ProjectView visible(String projectId) {
        Actor actor = Actor.require();
        return projects.find(projectId)
                .filter(p -> ProjectVisibility.canSee(actor, p))
                .map(p -> ProjectVisibility.asSeenBy(actor, p))
                .orElseThrow(() ->
                        DomainException.notFound("project-not-found", "no project " + projectId + " that you may see"));
    }
}
