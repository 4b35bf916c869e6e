package org.carbonmrv.project.project;

import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;

/**
 * Who may see a project: its owner organisation, the registry, auditors, a verifier organisation
 * assigned to one of its reporting periods, and the platform's own services (for the work that has
 * no caller; they write nothing).
 */
final class ProjectVisibility {

    private ProjectVisibility() {}

    /**
     * The rule as data, for the one project read here and for the listing's query alike: everything,
     * or what {@code organisation} owns, and (for a verifier) what it is assigned to.
     */
    record Audience(boolean seesAll, String organisation, boolean verifies) {

        static Audience of(Actor actor) {
            return new Audience(seesEverything(actor), actor.organisation(), actor.hasRole(Role.VERIFIER));
        }

        boolean canSee(ProjectView project) {
            if (seesAll || owns(project)) {
                return true;
            }
            return verifies
                    && !organisation.isEmpty()
                    && project.reportingPeriods().stream().anyMatch(p -> organisation.equals(p.verifierOrganisation()));
        }

        private boolean owns(ProjectView project) {
            return !organisation.isEmpty() && organisation.equals(project.ownerOrganisation());
        }
    }

    private static boolean seesEverything(Actor actor) {
        return actor.hasAnyRole(Role.REGISTRY_ADMIN, Role.AUDITOR, Role.PLATFORM_SERVICE);
    }

    static boolean canSee(Actor actor, ProjectView project) {
        return Audience.of(actor).canSee(project);
    }

    /**
     * The project as the caller may see it: a verifier sees only the reporting periods it is
     * assigned to, so the other periods' data stay closed to it in every service.
     */
    static ProjectView asSeenBy(Actor actor, ProjectView project) {
        if (seesEverything(actor) || actor.belongsTo(project.ownerOrganisation())) {
            return project;
        }
        return new ProjectView(
                project.id(),
                project.name(),
                project.methodologyId(),
                project.methodologyVersion(),
                project.ownerOrganisation(),
                project.status(),
                project.facility(),
                project.timeZone(),
                project.creditingPeriodStart(),
                project.creditingPeriodEnd(),
                project.reportingPeriods().stream()
                        .filter(p -> actor.belongsTo(p.verifierOrganisation()))
                        .toList(),
                project.location(),
                project.version());
    }
}
