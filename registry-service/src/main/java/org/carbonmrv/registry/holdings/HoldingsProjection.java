package org.carbonmrv.registry.holdings;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

@Component
@ProcessingGroup("holdings")
class HoldingsProjection {

    record Block(String serials, long serialStart, long serialEnd, long quantity, int vintage, String projectId,
                 String reportId, int reportVersion, String methodology, String datasetDigest, Instant issuedAt) {
    }

    record Account(String id, String organisation, String kind, long balance, List<Block> blocks) {
    }

    private final JdbcTemplate jdbc;

    HoldingsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CreditsIssuedEvent e, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO accounts (id, organisation, kind, balance) VALUES (?, ?, 'HOLDING', ?)
                ON CONFLICT (id) DO UPDATE SET balance = accounts.balance + EXCLUDED.balance""",
                e.holdingAccountId(), e.ownerOrganisation(), e.quantity());
        jdbc.update("""
                INSERT INTO serial_blocks (issuance_id, account_id, project_id, report_id, report_version, vintage,
                                           serial_start, serial_end, quantity, methodology, dataset_digest, issued_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.issuanceId(), e.holdingAccountId(), e.projectId(), e.reportId(), e.reportVersion(), e.vintage(),
                e.serialStart(), e.serialEnd(), e.quantity(), e.methodologyId() + "-" + e.methodologyVersion(),
                e.datasetDigest(), java.sql.Timestamp.from(at));
    }

    List<Account> accountsOf(String organisation) {
        return jdbc.query("SELECT * FROM accounts WHERE organisation = ? ORDER BY id", (rs, i) -> new Account(
                rs.getString("id"), rs.getString("organisation"), rs.getString("kind"), rs.getLong("balance"),
                blocksIn(rs.getString("id"))), organisation);
    }

    List<Block> issuances() {
        return jdbc.query("SELECT * FROM serial_blocks ORDER BY serial_start", (rs, i) -> block(rs));
    }

    private List<Block> blocksIn(String accountId) {
        return jdbc.query("SELECT * FROM serial_blocks WHERE account_id = ? ORDER BY serial_start", (rs, i) -> block(rs),
                accountId);
    }

    private static Block block(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Block(SerialNumbers.render(rs.getInt("vintage"), rs.getString("project_id"), rs.getLong("serial_start"),
                rs.getLong("serial_end")), rs.getLong("serial_start"), rs.getLong("serial_end"), rs.getLong("quantity"),
                rs.getInt("vintage"), rs.getString("project_id"), rs.getString("report_id"), rs.getInt("report_version"),
                rs.getString("methodology"), rs.getString("dataset_digest"), rs.getTimestamp("issued_at").toInstant());
    }
}
