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
}
