package org.carbonmrv.calculation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.carbonmrv.api.calculation.ReductionReportApprovedEvent;
import org.carbonmrv.api.calculation.ReductionReportRejectedEvent;
import org.carbonmrv.api.calculation.ReductionsCalculatedEvent;
import org.carbonmrv.api.calculation.ReportSubmittedForVerificationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Component
@ProcessingGroup("reduction-reports")
class ReductionReportProjection {

    record VersionSummary(int version, String methodology, String datasetDigest, JsonNode results, Instant calculatedAt) {
    }

    record ReportSummary(String id, String projectId, String reportingPeriodId, String ownerOrganisation, String status,
                         int latestVersion, Integer approvedVersion, String verifierOrganisation,
                         List<VersionSummary> versions) {
    }

    record VersionDetail(String reportId, int version, String methodology, String datasetDigest, JsonNode dataset,
                         JsonNode results, JsonNode trace) {
    }

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
                        ON CONFLICT (id) DO UPDATE SET status = 'CALCULATED', latest_version = EXCLUDED.latest_version""",
                e.reportId(), e.projectId(), e.reportingPeriodId(), e.ownerOrganisation(), e.version());
        jdbc.update("""
                        INSERT INTO calculation_versions (report_id, version, methodology_id, methodology_version,
                                                          dataset_digest, dataset, results, trace, calculated_at)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?)""",
                e.reportId(), e.version(), e.methodologyId(), e.methodologyVersion(), e.datasetDigest(),
                json.writeValueAsString(e.dataset()), json.writeValueAsString(e.results()),
                json.writeValueAsString(e.trace()), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(ReportSubmittedForVerificationEvent e) {
        jdbc.update("UPDATE reduction_reports SET status = 'SUBMITTED' WHERE id = ?", e.reportId());
    }

    @EventHandler
    void on(ReductionReportApprovedEvent e) {
        jdbc.update("UPDATE reduction_reports SET status = 'APPROVED', approved_version = ?, verifier_organisation = ? WHERE id = ?",
                e.version(), e.verifierOrganisation(), e.reportId());
    }

    @EventHandler
    void on(ReductionReportRejectedEvent e) {
        jdbc.update("UPDATE reduction_reports SET status = 'REJECTED' WHERE id = ?", e.reportId());
    }

    Optional<ReportSummary> find(String reportId) {
        return jdbc.query("SELECT * FROM reduction_reports WHERE id = ?", (rs, i) -> new ReportSummary(
                rs.getString("id"), rs.getString("project_id"), rs.getString("period_id"),
                rs.getString("owner_organisation"), rs.getString("status"), rs.getInt("latest_version"),
                (Integer) rs.getObject("approved_version"), rs.getString("verifier_organisation"),
                versions(reportId)), reportId).stream().findFirst();
    }

    private List<VersionSummary> versions(String reportId) {
        return jdbc.query("""
                SELECT version, methodology_id || '-' || methodology_version AS methodology, dataset_digest,
                       results::text AS results, calculated_at
                FROM calculation_versions WHERE report_id = ? ORDER BY version""", (rs, i) -> new VersionSummary(
                rs.getInt("version"), rs.getString("methodology"), rs.getString("dataset_digest"),
                read(rs.getString("results")), rs.getTimestamp("calculated_at").toInstant()), reportId);
    }

    Optional<VersionDetail> version(String reportId, int version) {
        return jdbc.query("""
                SELECT methodology_id || '-' || methodology_version AS methodology, dataset_digest, dataset::text AS dataset,
                       results::text AS results, trace::text AS trace
                FROM calculation_versions WHERE report_id = ? AND version = ?""", (rs, i) -> new VersionDetail(
                reportId, version, rs.getString("methodology"), rs.getString("dataset_digest"),
                read(rs.getString("dataset")), read(rs.getString("results")), read(rs.getString("trace"))),
                reportId, version).stream().findFirst();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
