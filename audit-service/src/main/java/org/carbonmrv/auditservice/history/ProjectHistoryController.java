package org.carbonmrv.auditservice.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.carbonmrv.platform.paging.Page;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * A project's whole sealed history across every service, for auditors, the registry and the
 * project's owner; and, for auditors and the registry, any event's causes and effects.
 */
@RestController
@Tag(name = "history", description = "a project's history across all services, and what caused each event")
class ProjectHistoryController {

    private final ProjectHistory history;

    ProjectHistoryController(ProjectHistory history) {
        this.history = history;
    }

    @GetMapping("/api/audit/projects/{projectId}/history")
    @Operation(
            summary = "Every sealed event of the project in every service, in chain order: ?kind= (event names,"
                    + " comma-separated), ?actor=, ?from= and ?to= (instants), paged")
    Page<HistoryEntry> projectHistory(
            @PathVariable String projectId,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Page.MAX_SIZE) int size) {
        mayRead(projectId);
        return history.of(projectId, new HistoryFilter(kind, actor, from, to), page, size);
    }

    @GetMapping("/api/audit/projects/{projectId}/state")
    @Operation(
            summary = "The project, its report versions and its credits as they stood ?at= an instant or after"
                    + " ?globalIndex= (default: now), folded from its sealed events")
    ProjectState stateAsOf(
            @PathVariable String projectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
            @RequestParam(required = false) @Min(1) Long globalIndex) {
        mayRead(projectId);
        return history.stateAsOf(projectId, at, globalIndex);
    }

    /** Auditors and the registry read every project; an owner its own; anyone else is told there is none. */
    private void mayRead(String projectId) {
        Actor caller = Actor.require();
        boolean seesAll = caller.hasAnyRole(Role.AUDITOR, Role.REGISTRY_ADMIN);
        boolean owns = caller.hasRole(Role.PROJECT_OWNER)
                && history.ownerOf(projectId).map(caller::belongsTo).orElse(false);
        if (!seesAll && !owns) {
            throw DomainException.notFound("project-not-found", "no project " + projectId + " you may see");
        }
    }

    @GetMapping("/api/audit/events/{globalIndex}/causality")
    @PreAuthorize("hasAnyRole('" + Role.AUDITOR + "', '" + Role.REGISTRY_ADMIN + "')")
    @Operation(summary = "An event, the chain of what caused it, what it caused, and the other events of its request")
    Causality causality(@PathVariable long globalIndex) {
        return history.causality(globalIndex)
                .orElseThrow(() -> DomainException.notFound(
                        "event-not-found", "no sealed event " + globalIndex + " (events are sealed within a second)"));
    }
}
