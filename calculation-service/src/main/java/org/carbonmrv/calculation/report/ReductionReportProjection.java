package org.carbonmrv.calculation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.carbonmrv.api.calculation.FindingAnsweredEvent;
import org.carbonmrv.api.calculation.FindingClosedEvent;
import org.carbonmrv.api.calculation.FindingRaisedEvent;
import org.carbonmrv.api.calculation.ReductionReportApprovedEvent;
import org.carbonmrv.api.calculation.ReductionReportMarkedStaleEvent;
import org.carbonmrv.api.calculation.ReductionReportRejectedEvent;
import org.carbonmrv.api.calculation.ReductionsCalculatedEvent;
import org.carbonmrv.api.calculation.ReportSubmittedForVerificationEvent;
import org.carbonmrv.platform.readmodels.RebuildableReadModel;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Component
@RebuildableReadModel(tables = {"reduction_reports", "calculation_versions", "findings"})
@ProcessingGroup("reduction-reports")
public class ReductionReportProjection {

    public record VersionSummary(
            int version,
            String methodology,
            String datasetDigest,
            JsonNode results,
            JsonNode changes,
            Instant calculatedAt) {}

    public record FindingView(
            String id,
            int version,
            String kind,
            String subject,
            String text,
            String raisedBy,
            Instant raisedAt,
            String answer,
            String answeredBy,
            Instant answeredAt,
            String closingNote,
            String closedBy,
            Instant closedAt) {}

    public record ReportSummary(
            String id,
            String projectId,
            String reportingPeriodId,
            String ownerOrganisation,
            String status,
            int latestVersion,
            Integer approvedVersion,
            String verifierOrganisation,
            String decidedBy,
            Instant decidedAt,
            String decisionNote,
            boolean stale,
            String staleCause,
            List<VersionSummary> versions,
            List<FindingView> findings) {}

    /**
     * @param otherProjectsWithDataset how many other projects have a version calculated from this
     *                                 very data set: above zero, a critical check for the verifier
     *                                 (the same monitoring data cannot be credited twice)
     */
    public record VersionDetail(
            String reportId,
            int version,
            String methodology,
            String datasetDigest,
            JsonNode dataset,
            JsonNode results,
            JsonNode changes,
            JsonNode trace,
            long otherProjectsWithDataset) {}

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ReductionReportProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ReductionsCalculatedEvent e, @Timestamp Instant at) throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO reduction_reports (id, project_id, period_id, owner_organisation, status, latest_version)
                        VALUES (?, ?, ?, ?, 'CALCULATED', ?)
                        ON CONFLICT (id) DO UPDATE SET status = 'CALCULATED', latest_version = EXCLUDED.latest_version,
                                                       stale = FALSE, stale_cause = NULL""", e.reportId(), e.projectId(), e.reportingPeriodId(), e.ownerOrganisation(), e.version());
        jdbc.update(
                """
                        INSERT INTO calculation_versions (report_id, version, methodology_id, methodology_version,
                                                          dataset_digest, results, trace, changes, calculated_at)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?)""",
                e.reportId(),
                e.version(),
                e.methodologyId(),
                e.methodologyVersion(),
                e.datasetDigest(),
                json.writeValueAsString(e.results()),
                json.writeValueAsString(e.trace()),
                json.writeValueAsString(e.changes()),
                java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(ReportSubmittedForVerificationEvent e) {
        jdbc.update("UPDATE reduction_reports SET status = 'SUBMITTED' WHERE id = ?", e.reportId());
    }

    @EventHandler
    void on(ReductionReportApprovedEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        jdbc.update("""
                        UPDATE reduction_reports SET status = 'APPROVED', approved_version = ?, verifier_organisation = ?,
                               decided_by = ?, decided_at = ?, decision_note = NULL WHERE id = ?""", e.version(), e.verifierOrganisation(), actor, java.sql.Timestamp.from(at), e.reportId());
    }

    @EventHandler
    void on(FindingRaisedEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        jdbc.update(
                "INSERT INTO findings (report_id, id, version, kind, subject, text, raised_by, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                e.reportId(),
                e.findingId(),
                e.version(),
                e.kind().name(),
                e.subject(),
                e.text(),
                actor,
                java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(FindingAnsweredEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        jdbc.update(
                "UPDATE findings SET answer = ?, answered_by = ?, answered_at = ? WHERE report_id = ? AND id = ?",
                e.text(),
                actor,
                java.sql.Timestamp.from(at),
                e.reportId(),
                e.findingId());
    }

    @EventHandler
    void on(FindingClosedEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        jdbc.update(
                "UPDATE findings SET closing_note = ?, closed_by = ?, closed_at = ? WHERE report_id = ? AND id = ?",
                e.text(),
                actor,
                java.sql.Timestamp.from(at),
                e.reportId(),
                e.findingId());
    }

    @EventHandler
    void on(ReductionReportMarkedStaleEvent e) {
        jdbc.update("UPDATE reduction_reports SET stale = TRUE, stale_cause = ? WHERE id = ?", e.cause(), e.reportId());
    }

    /** Reports of the project not yet approved whose latest version was calculated before {@code changedAt}. */
    List<String> outdatedBy(String projectId, Instant changedAt) {
        return jdbc.queryForList("""
                SELECT r.id FROM reduction_reports r
                JOIN calculation_versions v ON v.report_id = r.id AND v.version = r.latest_version
                WHERE r.project_id = ? AND r.status <> 'APPROVED' AND NOT r.stale AND v.calculated_at < ?""", String.class, projectId, java.sql.Timestamp.from(changedAt));
    }

    @EventHandler
    void on(ReductionReportRejectedEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        jdbc.update(
                "UPDATE reduction_reports SET status = 'REJECTED', decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ?",
                actor,
                java.sql.Timestamp.from(at),
                e.reason(),
                e.reportId());
    }

    /** The report's latest version number, without reading its versions and findings. */
    public Optional<Integer> latestVersion(String reportId) {
        return jdbc
                .queryForList("SELECT latest_version FROM reduction_reports WHERE id = ?", Integer.class, reportId)
                .stream()
                .findFirst();
    }

    /** A report as a list shows it: where it stands, without its versions and findings. */
    /**
     * @param findingsToAnswer open findings the owner has not answered yet
     * @param findingsToClose  open findings the owner has answered, for the verifier to close
     */
    public record ReportListing(
            String id,
            String projectId,
            String reportingPeriodId,
            String status,
            int latestVersion,
            Integer approvedVersion,
            boolean stale,
            int findingsToAnswer,
            int findingsToClose) {}

    /** The reports of one project, by reporting period; who may see which is {@link Reports}' to say. */
    List<ReportListing> ofProject(String projectId) {
        return jdbc.query("""
                SELECT r.id, r.project_id, r.period_id AS reporting_period_id, r.status, r.latest_version,
                       r.approved_version, r.stale,
                       count(f.id) FILTER (WHERE f.answer IS NULL) AS findings_to_answer,
                       count(f.id) FILTER (WHERE f.answer IS NOT NULL) AS findings_to_close
                FROM reduction_reports r LEFT JOIN findings f ON f.report_id = r.id AND f.closed_at IS NULL
                WHERE r.project_id = ? GROUP BY r.id ORDER BY r.period_id""", DataClassRowMapper.newInstance(ReportListing.class), projectId);
    }

    /** The report row first, then its versions and findings: one connection at a time, never a query inside a row mapper. */
    public Optional<ReportSummary> find(String reportId) {
        record Row(
                String id,
                String projectId,
                String periodId,
                String owner,
                String status,
                int latestVersion,
                Integer approvedVersion,
                String verifier,
                String decidedBy,
                Instant decidedAt,
                String note,
                boolean stale,
                String staleCause) {}
        return jdbc
                .query(
                        "SELECT * FROM reduction_reports WHERE id = ?",
                        (rs, i) -> new Row(
                                rs.getString("id"),
                                rs.getString("project_id"),
                                rs.getString("period_id"),
                                rs.getString("owner_organisation"),
                                rs.getString("status"),
                                rs.getInt("latest_version"),
                                (Integer) rs.getObject("approved_version"),
                                rs.getString("verifier_organisation"),
                                rs.getString("decided_by"),
                                instant(rs.getTimestamp("decided_at")),
                                rs.getString("decision_note"),
                                rs.getBoolean("stale"),
                                rs.getString("stale_cause")),
                        reportId)
                .stream()
                .findFirst()
                .map(r -> new ReportSummary(
                        r.id(),
                        r.projectId(),
                        r.periodId(),
                        r.owner(),
                        r.status(),
                        r.latestVersion(),
                        r.approvedVersion(),
                        r.verifier(),
                        r.decidedBy(),
                        r.decidedAt(),
                        r.note(),
                        r.stale(),
                        r.staleCause(),
                        versions(reportId),
                        findings(reportId)));
    }

    private List<FindingView> findings(String reportId) {
        return jdbc.query(
                "SELECT * FROM findings WHERE report_id = ? ORDER BY raised_at, id",
                (rs, i) -> new FindingView(
                        rs.getString("id"),
                        rs.getInt("version"),
                        rs.getString("kind"),
                        rs.getString("subject"),
                        rs.getString("text"),
                        rs.getString("raised_by"),
                        instant(rs.getTimestamp("raised_at")),
                        rs.getString("answer"),
                        rs.getString("answered_by"),
                        instant(rs.getTimestamp("answered_at")),
                        rs.getString("closing_note"),
                        rs.getString("closed_by"),
                        instant(rs.getTimestamp("closed_at"))),
                reportId);
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private List<VersionSummary> versions(String reportId) {
        return jdbc.query(
                """
                SELECT version, methodology_id || '-' || methodology_version AS methodology, dataset_digest,
                       results::text AS results, changes::text AS changes, calculated_at
                FROM calculation_versions WHERE report_id = ? ORDER BY version""",
                (rs, i) -> new VersionSummary(
                        rs.getInt("version"),
                        rs.getString("methodology"),
                        rs.getString("dataset_digest"),
                        read(rs.getString("results")),
                        read(rs.getString("changes")),
                        rs.getTimestamp("calculated_at").toInstant()),
                reportId);
    }

    public Optional<VersionDetail> version(String reportId, int version) {
        return jdbc
                .query(
                        """
                SELECT methodology_id || '-' || methodology_version AS methodology, dataset_digest,
                       coalesce(convert_from(d.content, 'UTF8'), v.dataset::text) AS dataset,
                       results::text AS results, changes::text AS changes, trace::text AS trace,
                       (SELECT count(DISTINCT o.project_id) FROM calculation_versions ov
                          JOIN reduction_reports o ON o.id = ov.report_id
                         WHERE ov.dataset_digest = v.dataset_digest
                           AND o.project_id <> (SELECT project_id FROM reduction_reports WHERE id = v.report_id)) AS others
                FROM calculation_versions v LEFT JOIN datasets d ON d.sha256 = v.dataset_digest
                WHERE report_id = ? AND version = ?""",
                        (rs, i) -> new VersionDetail(
                                reportId,
                                version,
                                rs.getString("methodology"),
                                rs.getString("dataset_digest"),
                                read(rs.getString("dataset")),
                                read(rs.getString("results")),
                                read(rs.getString("changes")),
                                read(rs.getString("trace")),
                                rs.getLong("others")),
                        reportId,
                        version)
                .stream()
                .findFirst();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
