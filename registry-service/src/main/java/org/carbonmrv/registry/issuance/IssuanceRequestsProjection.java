package org.carbonmrv.registry.issuance;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.carbonmrv.api.registry.IssuanceRequestWithdrawnEvent;
import org.carbonmrv.api.registry.IssuanceRequestedEvent;
import org.carbonmrv.platform.paging.Page;
import org.carbonmrv.platform.readmodels.RebuildableReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Issuance requests, from the approved report that asked to the issuance that answered (or the withdrawal). */
@Component
@RebuildableReadModel(tables = {"issuance_requests"})
@ProcessingGroup("holdings")
class IssuanceRequestsProjection {

    record IssuanceRequest(
            String id,
            String reportId,
            int reportVersion,
            String projectId,
            String ownerOrganisation,
            int vintage,
            long quantity,
            String methodology,
            String datasetDigest,
            String status,
            Instant requestedAt,
            Instant issuedAt,
            String issuedBy,
            String accountId) {}

    private final JdbcTemplate jdbc;

    IssuanceRequestsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(IssuanceRequestedEvent e, @Timestamp Instant at) {
        jdbc.update(
                """
                        INSERT INTO issuance_requests (id, report_id, report_version, project_id, owner_organisation, vintage,
                                                       quantity, methodology, dataset_digest, status, requested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""",
                e.requestId(),
                e.reportId(),
                e.reportVersion(),
                e.projectId(),
                e.ownerOrganisation(),
                e.vintage(),
                e.quantity(),
                e.methodologyId() + "-" + e.methodologyVersion(),
                e.datasetDigest(),
                utc(at));
    }

    @EventHandler
    void on(IssuanceRequestWithdrawnEvent e) {
        jdbc.update("UPDATE issuance_requests SET status = 'WITHDRAWN' WHERE id = ?", e.requestId());
    }

    @EventHandler
    void on(CreditsIssuedEvent e, @Timestamp Instant at, @MetaDataValue("actor") String actor) {
        jdbc.update(
                "UPDATE issuance_requests SET status = 'ISSUED', issued_at = ?, issued_by = ?, account_id = ? WHERE id = ?",
                utc(at),
                actor,
                e.holdingAccountId(),
                e.issuanceId());
    }

    /** All requests for the registry and auditors ({@code all}), else the organisation's own; oldest first. */
    Page<IssuanceRequest> requests(String organisation, boolean all, int page, int size) {
        long total = jdbc.queryForObject(
                "SELECT count(*) FROM issuance_requests WHERE ? OR owner_organisation = ?",
                Long.class,
                all,
                organisation);
        List<IssuanceRequest> items = jdbc.query("""
                SELECT * FROM issuance_requests WHERE ? OR owner_organisation = ?
                ORDER BY requested_at, id LIMIT ? OFFSET ?""", this::request, all, organisation, size, Page.offset(page, size));
        return new Page<>(items, page, size, total);
    }

    private IssuanceRequest request(ResultSet rs, int row) throws SQLException {
        return new IssuanceRequest(
                rs.getString("id"),
                rs.getString("report_id"),
                rs.getInt("report_version"),
                rs.getString("project_id"),
                rs.getString("owner_organisation"),
                rs.getInt("vintage"),
                rs.getLong("quantity"),
                rs.getString("methodology"),
                rs.getString("dataset_digest"),
                rs.getString("status"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getTimestamp("issued_at") == null
                        ? null
                        : rs.getTimestamp("issued_at").toInstant(),
                rs.getString("issued_by"),
                rs.getString("account_id"));
    }

    /** A moment for a {@code timestamptz} column. */
    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
