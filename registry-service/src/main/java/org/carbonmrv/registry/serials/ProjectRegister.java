package org.carbonmrv.registry.serials;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.carbonmrv.api.project.ProjectListedEvent;
import org.carbonmrv.api.project.ProjectSubmittedEvent;
import org.carbonmrv.platform.readmodels.RebuildableReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registry's own register of projects, read from the project-service's events: what serials
 * print (location, methodology, developer), and the project's registry number, given at listing
 * in the order of the event store. One segment, so numbers come out the same on every replay.
 */
@Component
@RebuildableReadModel(tables = {"registry_projects"})
@ProcessingGroup("project-register")
class ProjectRegister {

    private final JdbcTemplate jdbc;

    ProjectRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProjectSubmittedEvent e) {
        jdbc.update(
                """
                        INSERT INTO registry_projects (project_id, name, owner_organisation, methodology_id, country, subdivision)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (project_id) DO NOTHING""",
                e.projectId(),
                e.name(),
                e.ownerOrganisation(),
                e.methodologyId(),
                e.location() == null ? null : e.location().country(),
                e.location() == null ? null : e.location().subdivisionCode());
    }

    @EventHandler
    void on(ProjectListedEvent e) {
        jdbc.update("""
                UPDATE registry_projects SET number = (SELECT coalesce(max(number), 0) + 1 FROM registry_projects)
                WHERE project_id = ? AND number IS NULL""", e.projectId());
    }
}
