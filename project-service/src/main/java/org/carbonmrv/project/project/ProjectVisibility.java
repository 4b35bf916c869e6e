package org.carbonmrv.project.project;

import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;

/**
 * Who may see a project: its owner organisation, the registry, auditors, and a verifier
 * organisation assigned to one of its reporting periods.
 */
final class ProjectVisibility {

    private ProjectVisibility() {
    }

    static boolean canSee(Actor actor, ProjectView project) {
        if (actor.hasAnyRole(Role.REGISTRY_ADMIN, Role.AUDITOR) || actor.belongsTo(project.ownerOrganisation())) {
            return true;
        }
        return actor.hasRole(Role.VERIFIER) && project.reportingPeriods().stream()
                .anyMatch(p -> actor.belongsTo(p.verifierOrganisation()));
    }

    /**
     * The project as the caller may see it: a verifier sees only the reporting periods it is
     * assigned to, so the other periods' data stay closed to it in every service.
     */
    static ProjectView asSeenBy(Actor actor, ProjectView project) {
        if (actor.hasAnyRole(Role.REGISTRY_ADMIN, Role.AUDITOR) || actor.belongsTo(project.ownerOrganisation())) {
            return project;
        }
        return new ProjectView(project.id(), project.name(), project.methodologyId(), project.methodologyVersion(),
                project.ownerOrganisation(), project.status(), project.facility(), project.timeZone(),
                project.creditingPeriodStart(), project.creditingPeriodEnd(),
                project.reportingPeriods().stream().filter(p -> actor.belongsTo(p.verifierOrganisation())).toList(),
                project.location());
    }
}
