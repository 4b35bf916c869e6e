package org.carbonmrv.registry.reversal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.carbonmrv.api.registry.CreditsReversedEvent;
import org.carbonmrv.api.registry.LiabilitySettledEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reversals and the liabilities they left, with their settlements: why credits were taken back. */
@Component
@ProcessingGroup("holdings")
class ReversalsProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ReversalsProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(CreditsReversedEvent e, @Timestamp Instant at) throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO reversals (id, report_id, superseded_version, version, project_id, owner_organisation, vintage,
                                               shortfall, cancelled, liability, serials, reason, reversed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""",
                e.reversalId(), e.reportId(), e.supersededVersion(), e.version(), e.projectId(), e.ownerOrganisation(),
                e.vintage(), e.shortfall(), e.cancelledQuantity(), e.liability(), json.writeValueAsString(e.cancelled()),
                e.reason(), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(LiabilitySettledEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at) throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO liability_settlements (id, report_id, owner_organisation, account_id, quantity, serials,
                                                           settled_by, settled_at)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)""",
                e.settlementId(), e.reportId(), e.ownerOrganisation(), e.account(), e.quantity(),
                json.writeValueAsString(e.serials()), actor, java.sql.Timestamp.from(at));
    }

    List<Map<String, Object>> reversals(String organisation, boolean all) {
        return jdbc.queryForList("""
                SELECT id, report_id, superseded_version, version, project_id, owner_organisation, vintage, shortfall, cancelled,
                       liability, serials::text AS serials, reason, reversed_at
                FROM reversals WHERE ? OR owner_organisation = ? ORDER BY reversed_at""", all, organisation);
    }

    /** Per report: the liability its reversals left, what was settled, and what is still owed. */
    List<Map<String, Object>> liabilities(String organisation, boolean all) {
        return jdbc.queryForList("""
                SELECT r.report_id, r.owner_organisation, r.project_id, r.vintage, r.liability,
                       coalesce(s.settled, 0) AS settled, r.liability - coalesce(s.settled, 0) AS outstanding
                FROM (SELECT report_id, owner_organisation, project_id, vintage, sum(liability) AS liability
                      FROM reversals GROUP BY report_id, owner_organisation, project_id, vintage) r
                LEFT JOIN (SELECT report_id, sum(quantity) AS settled FROM liability_settlements GROUP BY report_id) s
                       ON s.report_id = r.report_id
                WHERE r.liability > 0 AND (? OR r.owner_organisation = ?)
                ORDER BY r.report_id""", all, organisation);
    }
}
