package org.carbonmrv.project.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import org.carbonmrv.api.project.Facility;
import org.carbonmrv.api.project.ProjectListedEvent;
import org.carbonmrv.api.project.ProjectRejectedEvent;
import org.carbonmrv.api.project.ProjectStatus;
import org.carbonmrv.api.project.ProjectSubmittedEvent;
import org.carbonmrv.api.project.Location;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodOpenedEvent;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.api.project.VerifierAssignedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The projects and their reporting periods as the portal and the other services read them. A
 * subscribing processor: the row is written in the same transaction as the event, so a client
 * reads its own change at once.
 */
@Component
@ProcessingGroup("project-summary")
class ProjectSummaryProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ProjectSummaryProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ProjectSubmittedEvent e, @org.axonframework.eventhandling.Timestamp Instant at) throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO projects (id, name, methodology_id, methodology_version, owner_organisation, status,
                                              facility, time_zone, crediting_period_start, crediting_period_end, submitted_at,
                                              country, subdivision)
                        VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)""",
                e.projectId(), e.name(), e.methodologyId(), e.methodologyVersion(), e.ownerOrganisation(),
                ProjectStatus.SUBMITTED.name(), json.writeValueAsString(e.facility()), e.timeZone(),
                e.creditingPeriodStart(), e.creditingPeriodEnd(), java.sql.Timestamp.from(at),
                e.location() == null ? null : e.location().country(), e.location() == null ? null : e.location().subdivision());
    }

    @EventHandler
    void on(ProjectListedEvent e) {
        jdbc.update("UPDATE projects SET status = ? WHERE id = ?", ProjectStatus.LISTED.name(), e.projectId());
    }

    @EventHandler
    void on(ProjectRejectedEvent e) {
        jdbc.update("UPDATE projects SET status = ? WHERE id = ?", ProjectStatus.REJECTED.name(), e.projectId());
    }

    @EventHandler
    void on(ReportingPeriodOpenedEvent e) {
        jdbc.update("INSERT INTO reporting_periods (project_id, id, start_date, end_date) VALUES (?, ?, ?, ?)",
                e.projectId(), e.reportingPeriodId(), e.start(), e.end());
    }

    @EventHandler
    void on(VerifierAssignedEvent e) {
        jdbc.update("UPDATE reporting_periods SET verifier_organisation = ? WHERE project_id = ? AND id = ?",
                e.verifierOrganisation(), e.projectId(), e.reportingPeriodId());
    }

    Optional<ProjectView> find(String projectId) {
        return jdbc.query("SELECT * FROM projects WHERE id = ?", this::project, projectId).stream().findFirst();
    }

    /** Projects the caller's organisation owns or verifies; all of them for the registry and auditors. */
    List<ProjectView> visibleTo(String organisation, boolean seesAll, int page, int size) {
        String sql = seesAll
                ? "SELECT * FROM projects ORDER BY submitted_at, id LIMIT ? OFFSET ?"
                : """
                SELECT * FROM projects p WHERE p.owner_organisation = ?
                   OR EXISTS (SELECT 1 FROM reporting_periods r WHERE r.project_id = p.id AND r.verifier_organisation = ?)
                ORDER BY submitted_at, id LIMIT ? OFFSET ?""";
        Object[] args = seesAll
                ? new Object[]{size, page * size}
                : new Object[]{organisation, organisation, size, page * size};
        return jdbc.query(sql, this::project, args);
    }

    List<ProjectView> publicListing(int page, int size) {
        return jdbc.query("SELECT * FROM projects WHERE status IN ('LISTED', 'REGISTERED') ORDER BY submitted_at, id LIMIT ? OFFSET ?",
                this::project, size, page * size);
    }

    private ProjectView project(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        List<ReportingPeriodView> periods = jdbc.query(
                "SELECT * FROM reporting_periods WHERE project_id = ? ORDER BY start_date",
                (p, i) -> new ReportingPeriodView(p.getString("id"), p.getObject("start_date", java.time.LocalDate.class),
                        p.getObject("end_date", java.time.LocalDate.class), p.getString("verifier_organisation")), id);
        try {
            return new ProjectView(id, rs.getString("name"), rs.getString("methodology_id"),
                    rs.getString("methodology_version"), rs.getString("owner_organisation"),
                    ProjectStatus.valueOf(rs.getString("status")), json.readValue(rs.getString("facility"), Facility.class),
                    rs.getString("time_zone"), rs.getObject("crediting_period_start", java.time.LocalDate.class),
                    rs.getObject("crediting_period_end", java.time.LocalDate.class), periods,
                    rs.getString("country") == null ? null : new Location(rs.getString("country"), rs.getString("subdivision")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable facility of project " + id, e);
        }
    }
}
