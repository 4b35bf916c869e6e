package org.carbonmrv.platform.projects;

import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.platform.client.DependencyRefusal;
import org.carbonmrv.platform.client.ServiceClient;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.security.Actor;
import org.springframework.core.ParameterizedTypeReference;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Asks the project-service about a project on behalf of the caller, with the caller's own token:
 * the project-service applies its access rules, so a project the caller may not see is "not
 * found" here too, and nothing about it leaks.
 */
public class ProjectDirectory {

    private static final ParameterizedTypeReference<ProjectView> PROJECT = new ParameterizedTypeReference<>() {};

    private final ServiceClient projects;

    public ProjectDirectory(ServiceClient projects) {
        this.projects = projects;
    }

    /** Questions being asked right now, by the asker's token and the project's id. */
    private final Map<List<String>, CompletableFuture<ProjectView>> asking = new ConcurrentHashMap<>();

    /**
     * The project as the caller may see it; 404 problem when it does not exist or is not theirs.
     * Requests of one caller that arrive together (a calculation reads a period's aggregates and
     * its hourly values at once) share one question to the project-service; nothing is kept
     * after the answer, so a revoked access takes effect on the next request.
     */
    public ProjectView visibleProject(Actor caller, String projectId) {
        return shared(
                List.of(caller.token(), projectId),
                projectId,
                () -> projects.get(caller, PROJECT, "/api/projects/{id}", projectId));
    }

    /** The project as the service itself reads it, for work that no caller asked for; 404 when there is none. */
    public ProjectView project(String projectId) {
        return shared(
                List.of("service", projectId),
                projectId,
                () -> projects.getAsService(PROJECT, "/api/projects/{id}", projectId));
    }

    private ProjectView shared(List<String> question, String projectId, Supplier<ProjectView> ask) {
        CompletableFuture<ProjectView> mine = new CompletableFuture<>();
        CompletableFuture<ProjectView> already = asking.putIfAbsent(question, mine);
        if (already != null) {
            try {
                return already.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            ProjectView view = ask.get();
            if (view == null) {
                throw notFound(projectId);
            }
            mine.complete(view);
            return view;
        } catch (DependencyRefusal refused) {
            DomainException notFound = notFound(projectId);
            mine.completeExceptionally(notFound);
            throw notFound;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            asking.remove(question, mine);
        }
    }

    /**
     * The project, when the caller acts for its owner organisation with one of {@code roles};
     * {@code action} says in the refusal what was not allowed.
     */
    public ProjectView ownedProject(Actor caller, String projectId, String action, String... roles) {
        if (!caller.hasAnyRole(roles)) {
            throw DomainException.forbidden(
                    "forbidden", action + " needs one of the roles " + String.join(", ", roles));
        }
        ProjectView project = visibleProject(caller, projectId);
        if (!caller.belongsTo(project.ownerOrganisation())) {
            throw DomainException.forbidden(
                    "not-project-owner", action + " is for the project's owner organisation only");
        }
        return project;
    }

    public static ReportingPeriodView reportingPeriod(ProjectView project, String periodId) {
        return project.reportingPeriod(periodId)
                .orElseThrow(() -> DomainException.notFound(
                        "reporting-period-not-found",
                        "project " + project.id() + " has no reporting period " + periodId));
    }

    private static DomainException notFound(String projectId) {
        return DomainException.notFound("project-not-found", "no project " + projectId + " that you may see");
    }
}
