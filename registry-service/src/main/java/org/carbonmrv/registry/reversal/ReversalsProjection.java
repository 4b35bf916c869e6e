package org.carbonmrv.registry.reversal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.carbonmrv.api.registry.AccountSerials;
import org.carbonmrv.api.registry.CreditsReversedEvent;
import org.carbonmrv.api.registry.LiabilitySettledEvent;
import org.carbonmrv.platform.paging.Page;
import org.carbonmrv.platform.readmodels.RebuildableReadModel;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Reversals and the liabilities they left, with their settlements: why credits were taken back. */
@Component
@RebuildableReadModel(tables = {"reversals", "liability_settlements"})
@ProcessingGroup("holdings")
class ReversalsProjection {

    /** Credits taken back when a report was superseded with fewer reductions: from which accounts, and what is owed still. */
    record Reversal(
            String id,
            String reportId,
            int supersededVersion,
            int version,
            String projectId,
            String ownerOrganisation,
            int vintage,
            long shortfall,
            long cancelled,
            long liability,
            List<AccountSerials> serials,
            String reason,
            Instant reversedAt) {}

    record Liability(
            String reportId,
            String ownerOrganisation,
            String projectId,
            int vintage,
            long liability,
            long settled,
            long outstanding) {}

    private static final TypeReference<List<AccountSerials>> TAKEN = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ReversalsProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(CreditsReversedEvent e, @Timestamp Instant at) throws JsonProcessingException {
        jdbc.update(
                """
                        INSERT INTO reversals (id, report_id, superseded_version, version, project_id, owner_organisation, vintage,
                                               shortfall, cancelled, liability, serials, reason, reversed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""",
                e.reversalId(),
                e.reportId(),
                e.supersededVersion(),
                e.version(),
                e.projectId(),
                e.ownerOrganisation(),
                e.vintage(),
                e.shortfall(),
                e.cancelledQuantity(),
                e.liability(),
                json.writeValueAsString(e.cancelled()),
                e.reason(),
                java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(LiabilitySettledEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at)
            throws JsonProcessingException {
        jdbc.update(
                """
                        INSERT INTO liability_settlements (id, report_id, owner_organisation, account_id, quantity, serials,
                                                           settled_by, settled_at)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)""",
                e.settlementId(),
                e.reportId(),
                e.ownerOrganisation(),
                e.account(),
                e.quantity(),
                json.writeValueAsString(e.serials()),
                actor,
                java.sql.Timestamp.from(at));
    }

    /** Reversals, oldest first: all of them ({@code all}) or the organisation's own. */
    Page<Reversal> reversals(String organisation, boolean all, int page, int size) {
        long total = jdbc.queryForObject(
                "SELECT count(*) FROM reversals WHERE ? OR owner_organisation = ?", Long.class, all, organisation);
        List<Reversal> items = jdbc.query(
                """
                SELECT * FROM reversals WHERE ? OR owner_organisation = ? ORDER BY reversed_at, id LIMIT ? OFFSET ?""",
                (rs, i) -> new Reversal(
                        rs.getString("id"),
                        rs.getString("report_id"),
                        rs.getInt("superseded_version"),
                        rs.getInt("version"),
                        rs.getString("project_id"),
                        rs.getString("owner_organisation"),
                        rs.getInt("vintage"),
                        rs.getLong("shortfall"),
                        rs.getLong("cancelled"),
                        rs.getLong("liability"),
                        taken(rs.getString("serials")),
                        rs.getString("reason"),
                        rs.getTimestamp("reversed_at").toInstant()),
                all,
                organisation,
                size,
                Page.offset(page, size));
        return new Page<>(items, page, size, total);
    }

    /** Per report: the liability its reversals left, what was settled, and what is still owed. */
    Page<Liability> liabilities(String organisation, boolean all, int page, int size) {
        String owed = """
                FROM (SELECT report_id, owner_organisation, project_id, vintage, sum(liability) AS liability
                      FROM reversals GROUP BY report_id, owner_organisation, project_id, vintage) r
                LEFT JOIN (SELECT report_id, sum(quantity) AS settled FROM liability_settlements GROUP BY report_id) s
                       ON s.report_id = r.report_id
                WHERE r.liability > 0 AND (? OR r.owner_organisation = ?)""";
        long total = jdbc.queryForObject("SELECT count(*) " + owed, Long.class, all, organisation);
        List<Liability> items = jdbc.query(
                """
                SELECT r.report_id, r.owner_organisation, r.project_id, r.vintage, r.liability,
                       coalesce(s.settled, 0) AS settled, r.liability - coalesce(s.settled, 0) AS outstanding
                """ + owed + " ORDER BY r.report_id LIMIT ? OFFSET ?",
                DataClassRowMapper.newInstance(Liability.class),
                all,
                organisation,
                size,
                Page.offset(page, size));
        return new Page<>(items, page, size, total);
    }

    private List<AccountSerials> taken(String serials) {
        try {
            return json.readValue(serials, TAKEN);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored reversal whose serials are not JSON: " + serials, e);
        }
    }
}
