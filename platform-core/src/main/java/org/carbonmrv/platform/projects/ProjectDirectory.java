package org.carbonmrv.platform.projects;

import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.platform.problem.DependencyFailure;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.security.Actor;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks the project-service about a project on behalf of the caller, with the caller's own token:
 * the project-service applies its access rules, so a project the caller may not see is "not
 * found" here too, and nothing about it leaks.
 */
public class ProjectDirectory {

    private final RestClient client;

    public ProjectDirectory(RestClient client) {
        this.client = client;
    }

    /** Questions being asked right now, by the caller's token and the project's id. */
    private final Map<List<String>, CompletableFuture<ProjectView>> asking = new ConcurrentHashMap<>();

    /**
     * The project as the caller may see it; 404 problem when it does not exist or is not theirs.
     * Requests of one caller that arrive together (a calculation reads a period's aggregates and
     * its hourly values at once) share one question to the project-service; nothing is kept
     * after the answer, so a revoked access takes effect on the next request.
     */
    public ProjectView visibleProject(Actor caller, String projectId) {
        List<String> question = List.of(caller.token(), projectId);
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
            ProjectView view = ask(caller, projectId);
            mine.complete(view);
            return view;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            asking.remove(question, mine);
        }
    }

    private ProjectView ask(Actor caller, String projectId) {
        try {
            ProjectView view = client.get()
                    .uri("/api/projects/{id}", projectId)
                    .headers(h -> h.setBearerAuth(caller.token()))
                    .retrieve()
                    .body(ProjectView.class);
            if (view == null) {
                throw notFound(projectId);
            }
            return view;
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatusCode.valueOf(404))
                    || e.getStatusCode().isSameCodeAs(HttpStatusCode.valueOf(403))) {
                throw notFound(projectId);
            }
            throw e;
        } catch (org.springframework.web.client.RestClientException
                | org.springframework.http.converter.HttpMessageNotReadableException e) {
            throw DependencyFailure.of("project-service", e);
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
