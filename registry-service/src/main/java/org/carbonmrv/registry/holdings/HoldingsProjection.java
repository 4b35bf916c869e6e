package org.carbonmrv.registry.holdings;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.carbonmrv.api.registry.AccountOpenedEvent;
import org.carbonmrv.api.registry.AccountRenamedEvent;
import org.carbonmrv.api.registry.AccountSerials;
import org.carbonmrv.api.registry.AccountStatusChangedEvent;
import org.carbonmrv.api.registry.CreditsReversedEvent;
import org.carbonmrv.api.registry.IssuanceRequestWithdrawnEvent;
import org.carbonmrv.api.registry.LiabilitySettledEvent;
import org.carbonmrv.api.registry.CreditsCancelledEvent;
import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.carbonmrv.api.registry.IssuanceRequestedEvent;
import org.carbonmrv.api.registry.CreditsRetiredEvent;
import org.carbonmrv.api.registry.CreditsTransferredEvent;
import org.carbonmrv.api.registry.SerialRange;
import org.carbonmrv.registry.serials.SerialNumbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

@Component
@ProcessingGroup("holdings")
class HoldingsProjection {

    record Block(String serials, long serialStart, long serialEnd, long quantity, String state, int vintage, String projectId,
                 String reportId, int reportVersion, String methodology, String datasetDigest, Instant issuedAt) {
    }

    record Retirement(String id, String accountId, long quantity, List<String> serials, String beneficiary, String purpose,
                      String reason, String jurisdiction, String retiredBy, Instant retiredAt) {
    }

    record Account(String id, String organisation, String kind, String name, String status, long balance, List<Block> blocks) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final SerialNumbers serialNumbers;

    HoldingsProjection(JdbcTemplate jdbc, ObjectMapper json, SerialNumbers serialNumbers) {
        this.jdbc = jdbc;
        this.json = json;
        this.serialNumbers = serialNumbers;
    }

    @EventHandler
    void on(CreditsIssuedEvent e, @Timestamp Instant at, @MetaDataValue("actor") String actor) {
        jdbc.update("UPDATE issuance_requests SET status = 'ISSUED', issued_at = ?, issued_by = ?, account_id = ? WHERE id = ?",
                java.sql.Timestamp.from(at), actor, e.holdingAccountId(), e.issuanceId());
        jdbc.update("""
                INSERT INTO serial_blocks (issuance_id, account_id, project_id, report_id, report_version, vintage,
                                           serial_start, serial_end, quantity, methodology, dataset_digest, issued_at, batch)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        (SELECT count(DISTINCT issuance_id) + 1 FROM serial_blocks WHERE project_id = ?))""",
                e.issuanceId(), e.holdingAccountId(), e.projectId(), e.reportId(), e.reportVersion(), e.vintage(),
                e.serialStart(), e.serialEnd(), e.quantity(), e.methodologyId() + "-" + e.methodologyVersion(),
                e.datasetDigest(), java.sql.Timestamp.from(at), e.projectId());
    }

    @EventHandler
    void on(CreditsTransferredEvent e) {
        e.serials().forEach(r -> move(r, e.fromAccount(), e.toAccount(), "LIVE"));
    }

    @EventHandler
    void on(CreditsRetiredEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at) throws JsonProcessingException {
        e.serials().forEach(r -> move(r, e.account(), e.account(), "RETIRED"));
        jdbc.update("""
                        INSERT INTO retirements (id, account_id, quantity, serials, beneficiary, purpose, reason, jurisdiction,
                                                 retired_by, retired_at) VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)""",
                e.retirementId(), e.account(), e.quantity(), json.writeValueAsString(e.serials()), e.beneficiary(), e.purpose(),
                e.reason(), e.jurisdiction(), actor, java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(CreditsCancelledEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at) throws JsonProcessingException {
        e.serials().forEach(r -> move(r, e.account(), e.account(), "CANCELLED"));
        jdbc.update("""
                        INSERT INTO cancellations (id, account_id, quantity, serials, kind, reason, cancelled_by, cancelled_at)
                        VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?)""",
                e.cancellationId(), e.account(), e.quantity(), json.writeValueAsString(e.serials()), e.kind(), e.reason(),
                actor, java.sql.Timestamp.from(at));
    }

    /** Who holds a serial now, and whether it is live, retired or cancelled: the public serial search. */
    java.util.Optional<java.util.Map<String, Object>> serial(long serial) {
        return jdbc.query("""
                SELECT b.account_id, b.state, b.serial_start, b.serial_end, b.vintage, b.batch, b.project_id, b.issuance_id,
                       (SELECT r.id FROM retirements r, jsonb_array_elements(r.serials) s
                         WHERE (s->>'start')::bigint <= ? AND (s->>'end')::bigint >= ? LIMIT 1) AS retirement_id,
                """ + PROJECT_FACTS + """
                WHERE b.serial_start <= ? AND b.serial_end >= ?""", (rs, i) -> {
            java.util.Map<String, Object> found = new java.util.LinkedHashMap<>();
            for (String column : List.of("account_id", "state", "serial_start", "serial_end", "vintage", "batch", "project_id",
                    "issuance_id", "retirement_id")) {
                found.put(column, rs.getObject(column));
            }
            found.put("serials", serials(rs));
            return found;
        }, serial, serial, serial, serial).stream().findFirst();
    }

    /** A project's credits by vintage: issued, live, retired and cancelled, from the blocks as they stand. */
    List<java.util.Map<String, Object>> projectByVintage(String projectId, Integer vintage) {
        return jdbc.queryForList("""
                SELECT project_id, vintage, sum(quantity) AS issued,
                       sum(quantity) FILTER (WHERE state = 'LIVE') AS live,
                       sum(quantity) FILTER (WHERE state = 'RETIRED') AS retired,
                       sum(quantity) FILTER (WHERE state = 'CANCELLED') AS cancelled,
                       count(DISTINCT issuance_id) AS issuances
                FROM serial_blocks WHERE project_id = ? AND (?::int IS NULL OR vintage = ?::int)
                GROUP BY project_id, vintage ORDER BY vintage""", projectId, vintage, vintage);
    }

    /**
     * Retirements and cancellations, newest first, for the public views and their CSV export;
     * optionally only those that took credits of one project and vintage (blocks split at every
     * movement, so the moved blocks lie inside the movement's serial ranges).
     */
    List<java.util.Map<String, Object>> movements(String table, String projectId, Integer vintage) {
        String columns = table.equals("retirements")
                ? "id, account_id, quantity, serials::text AS serials, beneficiary, purpose, reason, jurisdiction, retired_at AS at"
                : "id, account_id, quantity, serials::text AS serials, kind, reason, cancelled_at AS at";
        String at = table.equals("retirements") ? "retired_at" : "cancelled_at";
        return jdbc.queryForList("SELECT " + columns + " FROM " + table + " m WHERE (?::text IS NULL AND ?::int IS NULL) OR EXISTS ("
                + "SELECT 1 FROM serial_blocks b, jsonb_array_elements(m.serials) s "
                + "WHERE b.serial_start >= (s->>'start')::bigint AND b.serial_end <= (s->>'end')::bigint "
                + "AND (?::text IS NULL OR b.project_id = ?) AND (?::int IS NULL OR b.vintage = ?)) ORDER BY " + at + " DESC",
                projectId, vintage, projectId, projectId, vintage, vintage);
    }

    /** A reversal cancels serials in each account it took them from, each a public cancellation of kind reversal. */
    @EventHandler
    void on(CreditsReversedEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at) throws JsonProcessingException {
        int part = 0;
        for (AccountSerials taken : e.cancelled()) {
            taken.serials().forEach(r -> move(r, taken.account(), taken.account(), "CANCELLED"));
            jdbc.update("""
                            INSERT INTO cancellations (id, account_id, quantity, serials, kind, reason, cancelled_by, cancelled_at)
                            VALUES (?, ?, ?, ?::jsonb, 'reversal', ?, ?, ?)""",
                    e.reversalId() + "-" + (++part), taken.account(),
                    taken.serials().stream().mapToLong(SerialRange::quantity).sum(), json.writeValueAsString(taken.serials()),
                    e.reason(), actor, java.sql.Timestamp.from(at));
        }
    }

    @EventHandler
    void on(LiabilitySettledEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at) throws JsonProcessingException {
        e.serials().forEach(r -> move(r, e.account(), e.account(), "CANCELLED"));
        jdbc.update("""
                        INSERT INTO cancellations (id, account_id, quantity, serials, kind, reason, cancelled_by, cancelled_at)
                        VALUES (?, ?, ?, ?::jsonb, 'liability-settlement', ?, ?, ?)""",
                e.settlementId(), e.account(), e.quantity(), json.writeValueAsString(e.serials()),
                "settles the liability of report " + e.reportId(), actor, java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(IssuanceRequestWithdrawnEvent e) {
        jdbc.update("UPDATE issuance_requests SET status = 'WITHDRAWN' WHERE id = ?", e.requestId());
    }

    @EventHandler
    void on(IssuanceRequestedEvent e, @Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO issuance_requests (id, report_id, report_version, project_id, owner_organisation, vintage,
                                                       quantity, methodology, dataset_digest, status, requested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""",
                e.requestId(), e.reportId(), e.reportVersion(), e.projectId(), e.ownerOrganisation(), e.vintage(), e.quantity(),
                e.methodologyId() + "-" + e.methodologyVersion(), e.datasetDigest(), java.sql.Timestamp.from(at));
    }

    List<java.util.Map<String, Object>> issuanceRequests(String organisation, boolean all) {
        return all ? jdbc.queryForList("SELECT * FROM issuance_requests ORDER BY requested_at")
                : jdbc.queryForList("SELECT * FROM issuance_requests WHERE owner_organisation = ? ORDER BY requested_at", organisation);
    }

    @EventHandler
    void on(AccountOpenedEvent e) {
        jdbc.update("""
                INSERT INTO accounts (id, organisation, kind, name, status) VALUES (?, ?, ?, ?, 'OPEN')
                ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind""",
                e.accountId(), e.organisation(), e.kind(), e.name());
    }

    @EventHandler
    void on(AccountRenamedEvent e) {
        jdbc.update("UPDATE accounts SET name = ? WHERE id = ?", e.name(), e.accountId());
    }

    @EventHandler
    void on(AccountStatusChangedEvent e) {
        jdbc.update("UPDATE accounts SET status = ? WHERE id = ?", e.status(), e.accountId());
    }

    /** The organisation that holds an account, if it exists. */
    java.util.Optional<String> holderOf(String accountId) {
        return jdbc.queryForList("SELECT organisation FROM accounts WHERE id = ?", String.class, accountId).stream().findFirst();
    }

    /** Splits the blocks that [start, end] crosses, as the ledger did: the low part stays where it was. */
    private void move(SerialRange range, String from, String to, String state) {
        long cursor = range.start();
        while (cursor <= range.end()) {
            long at = cursor;
            // the block that starts at or below the serial, found from the top of the key: one index step, however many blocks
            var rows = jdbc.queryForList("SELECT * FROM serial_blocks WHERE serial_start <= ? ORDER BY serial_start DESC LIMIT 1", at);
            if (rows.isEmpty() || ((Number) rows.get(0).get("serial_end")).longValue() < at
                    || !from.equals(rows.get(0).get("account_id")) || !"LIVE".equals(rows.get(0).get("state"))) {
                throw new IllegalStateException("serial " + at + " is not live in " + from);
            }
            var b = rows.get(0);
            long start = ((Number) b.get("serial_start")).longValue();
            long end = ((Number) b.get("serial_end")).longValue();
            long hi = Math.min(end, range.end());
            jdbc.update("DELETE FROM serial_blocks WHERE serial_start = ?", start);
            if (start < at) {
                insertPart(b, start, at - 1, from, "LIVE");
            }
            insertPart(b, at, hi, to, state);
            if (hi < end) {
                insertPart(b, hi + 1, end, from, "LIVE");
            }
            cursor = hi + 1;
        }
    }

    private void insertPart(java.util.Map<String, Object> b, long start, long end, String account, String state) {
        jdbc.update("""
                        INSERT INTO serial_blocks (issuance_id, account_id, project_id, report_id, report_version, vintage,
                                                   serial_start, serial_end, quantity, methodology, dataset_digest, issued_at, state,
                                                   batch)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                b.get("issuance_id"), account, b.get("project_id"), b.get("report_id"), b.get("report_version"),
                b.get("vintage"), start, end, end - start + 1, b.get("methodology"), b.get("dataset_digest"),
                b.get("issued_at"), state, b.get("batch"));
    }

    /** An organisation's accounts with their blocks, in one statement (a request holds one pooled connection). */
    List<Account> accountsOf(String organisation) {
        return jdbc.query("""
                SELECT a.id AS account, a.kind, a.name, a.status, b.*,
                """ + PROJECT_FACTS.replace("FROM serial_blocks b", "FROM accounts a LEFT JOIN serial_blocks b ON b.account_id = a.id") + """
                WHERE a.organisation = ? ORDER BY a.id, b.serial_start""", rs -> {
            List<Account> accounts = new java.util.ArrayList<>();
            List<Block> blocks = new java.util.ArrayList<>();
            AccountRow current = null;
            while (rs.next()) {
                String id = rs.getString("account");
                if (current == null || !current.id().equals(id)) {
                    if (current != null) {
                        accounts.add(account(current, organisation, blocks));
                        blocks = new java.util.ArrayList<>();
                    }
                    current = new AccountRow(id, rs.getString("kind"), rs.getString("name"), rs.getString("status"));
                }
                if (rs.getObject("serial_start") != null) {
                    blocks.add(block(rs));
                }
            }
            if (current != null) {
                accounts.add(account(current, organisation, blocks));
            }
            return accounts;
        }, organisation);
    }

    private record AccountRow(String id, String kind, String name, String status) {
    }

    private static Account account(AccountRow row, String organisation, List<Block> blocks) {
        long balance = blocks.stream().filter(b -> b.state().equals("LIVE")).mapToLong(Block::quantity).sum();
        return new Account(row.id(), organisation, row.kind(), row.name(), row.status(), balance, List.copyOf(blocks));
    }

    java.util.Optional<Retirement> retirement(String id) {
        return jdbc.query("SELECT * FROM retirements WHERE id = ?", (rs, i) -> {
            try {
                List<SerialRange> ranges = json.readValue(rs.getString("serials"), new com.fasterxml.jackson.core.type.TypeReference<>() {
                });
                return new Retirement(id, rs.getString("account_id"), rs.getLong("quantity"),
                        ranges.stream().map(r -> r.start() + ".." + r.end()).toList(), rs.getString("beneficiary"),
                        rs.getString("purpose"), rs.getString("reason"), rs.getString("jurisdiction"),
                        rs.getString("retired_by"), rs.getTimestamp("retired_at").toInstant());
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }, id).stream().findFirst();
    }

    /** Every issuance as one block, however its serials have moved since. */
    List<Block> issuances(String projectId, Integer vintage) {
        return jdbc.query("""
                SELECT b.issuance_id, b.project_id, b.report_id, b.report_version, b.vintage, b.batch,
                       min(b.serial_start) AS serial_start, max(b.serial_end) AS serial_end, sum(b.quantity) AS quantity,
                       b.methodology, b.dataset_digest, b.issued_at, 'ISSUED' AS state,
                """ + PROJECT_FACTS + """
                WHERE (?::text IS NULL OR b.project_id = ?) AND (?::int IS NULL OR b.vintage = ?)
                GROUP BY b.issuance_id, b.project_id, b.report_id, b.report_version, b.vintage, b.batch, b.methodology,
                         b.dataset_digest, b.issued_at, p.number, p.country, p.subdivision, p.methodology_id, p.owner_organisation
                ORDER BY min(b.serial_start)""", (rs, i) -> block(rs), projectId, projectId, vintage, vintage);
    }

    /**
     * The end of a select list over serial blocks {@code b}: what {@link #serials} needs of the
     * block's project from the register, and the join that brings it.
     */
    private static final String PROJECT_FACTS = """
                   p.number AS project_number, p.country, p.subdivision, p.methodology_id AS project_methodology,
                   p.owner_organisation AS developer
            FROM serial_blocks b LEFT JOIN registry_projects p ON p.project_id = b.project_id
            """;

    /** The programme's serial text of a block (docs/serial-numbers.md), from the block and the project register. */
    private String serials(java.sql.ResultSet rs) throws java.sql.SQLException {
        Integer number = rs.getObject("project_number") == null ? null : rs.getInt("project_number");
        return serialNumbers.render(new SerialNumbers.ProjectFacts(number, rs.getString("country"), rs.getString("subdivision"),
                        rs.getString("project_methodology"), rs.getString("developer")),
                rs.getInt("vintage"), rs.getInt("batch"), rs.getLong("serial_start"), rs.getLong("serial_end"));
    }

    private Block block(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Block(serials(rs), rs.getLong("serial_start"), rs.getLong("serial_end"), rs.getLong("quantity"),
                rs.getString("state"),
                rs.getInt("vintage"), rs.getString("project_id"), rs.getString("report_id"), rs.getInt("report_version"),
                rs.getString("methodology"), rs.getString("dataset_digest"), rs.getTimestamp("issued_at").toInstant());
    }
}
