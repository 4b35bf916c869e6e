package org.carbonmrv.portal.pages;

import org.carbonmrv.api.project.ProjectHistoryEntry;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.portal.api.ApiPage;
import org.carbonmrv.portal.api.PlatformApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A project as its reader may see it: status, facility, reporting periods, and its history. Two calls to the API. */
@Controller
class ProjectPage {

    private static final ParameterizedTypeReference<ProjectView> PROJECT = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<ApiPage<ProjectHistoryEntry>> HISTORY =
            new ParameterizedTypeReference<>() {};

    private final PlatformApi api;

    ProjectPage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/projects/{projectId}")
    String project(@PathVariable String projectId, Model model) {
        model.addAttribute("project", api.get(PROJECT, "/api/projects/{id}", projectId));
        model.addAttribute("history", api.get(HISTORY, "/api/projects/{id}/history?size=200", projectId));
        return "project";
    }
}
