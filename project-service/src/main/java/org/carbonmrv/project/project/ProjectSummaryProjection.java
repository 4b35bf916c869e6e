package org.carbonmrv.project.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.carbonmrv.api.project.Facility;
import org.carbonmrv.api.project.Location;
import org.carbonmrv.api.project.ProjectAmendedEvent;
import org.carbonmrv.api.project.ProjectCompletedEvent;
import org.carbonmrv.api.project.ProjectListedEvent;
import org.carbonmrv.api.project.ProjectRegisteredEvent;
import org.carbonmrv.api.project.ProjectRejectedEvent;
import org.carbonmrv.api.project.ProjectStatus;
import org.carbonmrv.api.project.ProjectSubmittedEvent;
import org.carbonmrv.api.project.ProjectTerminatedEvent;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodOpenedEvent;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.api.project.VerifierAssignedEvent;
import org.carbonmrv.platform.readmodels.RebuildableReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The projects and their reporting periods as the portal and the other services read them. A
 * subscribing processor: the row is written in the same transaction as the event, so a client
 * reads its own change at once.
 */
@Component
@RebuildableReadModel(tables = {"projects", "reporting_periods"})
@ProcessingGroup("project-summary")
class ProjectSummaryProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ProjectSummaryProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ProjectSubmittedEvent e, @Timestamp Instant at) throws JsonProcessingException {
        jdbc.update(
                """
                        INSERT INTO projects (id, name, methodology_id, methodology_version, owner_organisation, status,
                                              facility, time_zone, crediting_period_start, crediting_period_end, submitted_at,
                                              country, subdivision)
                        VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)""",
                e.projectId(),
                e.name(),
                e.methodologyId(),
                e.methodologyVersion(),
                e.ownerOrganisation(),
                ProjectStatus.SUBMITTED.name(),
                json.writeValueAsString(e.facility()),
                e.timeZone(),
                e.creditingPeriodStart(),
                e.creditingPeriodEnd(),
                java.sql.Timestamp.from(at),
                e.location() == null ? null : e.location().country(),
                e.location() == null ? null : e.location().subdivision());
    }

    @EventHandler
    void on(ProjectListedEvent e) {
        jdbc.update("UPDATE projects SET status = ? WHERE id = ?", ProjectStatus.LISTED.name(), e.projectId());
    }

    @EventHandler
    void on(ProjectRegisteredEvent e) {
        jdbc.update("UPDATE projects SET status = ? WHERE id = ?", ProjectStatus.REGISTERED.name(), e.projectId());
    }

    @EventHandler
    void on(ProjectRejectedEvent e) {
        jdbc.update("UPDATE projects SET status = ? WHERE id = ?", ProjectStatus.REJECTED.name(), e.projectId());
    }

    @EventHandler
    void on(ProjectCompletedEvent e) {
        jdbc.update("UPDATE projects SET status = ? WHERE id = ?", ProjectStatus.COMPLETED.name(), e.projectId());
    }

    @EventHandler
    void on(ProjectTerminatedEvent e) {
        jdbc.update("UPDATE projects SET status = ? WHERE id = ?", ProjectStatus.TERMINATED.name(), e.projectId());
    }

    @EventHandler
    void on(ProjectAmendedEvent e) throws JsonProcessingException {
        jdbc.update(
                "UPDATE projects SET name = ?, facility = ?::jsonb, version = ? WHERE id = ?",
                e.name(),
                json.writeValueAsString(e.facility()),
                e.version(),
                e.projectId());
    }

    @EventHandler
    void on(ReportingPeriodOpenedEvent e) {
        jdbc.update(
                "INSERT INTO reporting_periods (project_id, id, start_date, end_date) VALUES (?, ?, ?, ?)",
                e.projectId(),
                e.reportingPeriodId(),
                e.start(),
                e.end());
    }

    @EventHandler
    void on(VerifierAssignedEvent e) {
        jdbc.update(
                "UPDATE reporting_periods SET verifier_organisation = ? WHERE project_id = ? AND id = ?",
                e.verifierOrganisation(),
                e.projectId(),
                e.reportingPeriodId());
    }

    Optional<ProjectView> find(String projectId) {
        return jdbc.query(WITH_PERIODS + " WHERE p.id = ?", this::project, projectId).stream()
                .findFirst();
    }

    /** The projects {@link ProjectVisibility.Audience#canSee} lets the audience see, as one query. */
    List<ProjectView> visibleTo(ProjectVisibility.Audience audience, int page, int size) {
        String sql = audience.seesAll()
                ? WITH_PERIODS + " ORDER BY p.submitted_at, p.id LIMIT ? OFFSET ?"
                : WITH_PERIODS + """
                 WHERE p.owner_organisation = ?
                   OR (? AND EXISTS (SELECT 1 FROM reporting_periods r WHERE r.project_id = p.id AND r.verifier_organisation = ?))
                ORDER BY p.submitted_at, p.id LIMIT ? OFFSET ?""";
        Object[] args = audience.seesAll()
                ? new Object[] {size, (long) page * size}
                : new Object[] {
                    audience.organisation(), audience.verifies(), audience.organisation(), size, (long) page * size
                };
        return jdbc.query(sql, this::project, args);
    }

    /** How many projects {@link #visibleTo} finds in all. */
    long countVisibleTo(ProjectVisibility.Audience audience) {
        return audience.seesAll()
                ? jdbc.queryForObject("SELECT count(*) FROM projects", Long.class)
                : jdbc.queryForObject(
                        """
                        SELECT count(*) FROM projects p WHERE p.owner_organisation = ?
                           OR (? AND EXISTS (SELECT 1 FROM reporting_periods r WHERE r.project_id = p.id AND r.verifier_organisation = ?))""", Long.class, audience.organisation(), audience.verifies(), audience.organisation());
    }

    /** A project is on the public register from its listing on, to its end and after (its credits stay there). */
    private static final String PUBLIC_STATUSES = "('LISTED', 'REGISTERED', 'COMPLETED', 'TERMINATED')";

    long countPublic() {
        return jdbc.queryForObject("SELECT count(*) FROM projects WHERE status IN " + PUBLIC_STATUSES, Long.class);
    }

    List<ProjectView> publicListing(int page, int size) {
        return jdbc.query(
                WITH_PERIODS + " WHERE p.status IN " + PUBLIC_STATUSES
                        + " ORDER BY p.submitted_at, p.id LIMIT ? OFFSET ?",
                this::project,
                size,
                page * size);
    }

    /**
     * A project row with its reporting periods as one JSON array: one statement, so a request
     * holds one pooled connection and never waits for a second one while holding the first.
     */
    private static final String WITH_PERIODS = """
            SELECT p.*, COALESCE((SELECT jsonb_agg(jsonb_build_object('id', r.id, 'start', r.start_date, 'end', r.end_date,
                                                                    'verifierOrganisation', r.verifier_organisation)
                                                   ORDER BY r.start_date)
                                    FROM reporting_periods r WHERE r.project_id = p.id), '[]'::jsonb)::text AS periods
            FROM projects p""";

    private static final TypeReference<List<ReportingPeriodView>> PERIODS = new TypeReference<>() {};

    private ProjectView project(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        try {
            return new ProjectView(
                    id,
                    rs.getString("name"),
                    rs.getString("methodology_id"),
                    rs.getString("methodology_version"),
                    rs.getString("owner_organisation"),
                    ProjectStatus.valueOf(rs.getString("status")),
                    json.readValue(rs.getString("facility"), Facility.class),
                    rs.getString("time_zone"),
                    rs.getObject("crediting_period_start", LocalDate.class),
                    rs.getObject("crediting_period_end", LocalDate.class),
                    json.readValue(rs.getString("periods"), PERIODS),
                    rs.getString("country") == null
                            ? null
                            : new Location(rs.getString("country"), rs.getString("subdivision")),
                    rs.getInt("version"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable facility or periods of project " + id, e);
        }
    }
}
