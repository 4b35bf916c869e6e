package org.carbonmrv.registry.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.carbonmrv.api.registry.AccountSerials;
import org.carbonmrv.api.registry.CreditsCancelledEvent;
import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.carbonmrv.api.registry.CreditsRetiredEvent;
import org.carbonmrv.api.registry.CreditsReversedEvent;
import org.carbonmrv.api.registry.CreditsTransferredEvent;
import org.carbonmrv.api.registry.LiabilitySettledEvent;
import org.carbonmrv.api.registry.SerialRange;
import org.carbonmrv.platform.readmodels.RebuildableReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The register's serial blocks as the ledger moves them (split at every movement, the low part
 * staying where it was), and the public records of retirements and cancellations.
 */
@Component
@RebuildableReadModel(tables = {"serial_blocks", "retirements", "cancellations"})
@ProcessingGroup("holdings")
class SerialBlocksProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    SerialBlocksProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(CreditsIssuedEvent e, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO serial_blocks (issuance_id, account_id, project_id, report_id, report_version, vintage,
                                           serial_start, serial_end, quantity, methodology, dataset_digest, issued_at, batch)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        (SELECT count(DISTINCT issuance_id) + 1 FROM serial_blocks WHERE project_id = ?))""",
                e.issuanceId(),
                e.holdingAccountId(),
                e.projectId(),
                e.reportId(),
                e.reportVersion(),
                e.vintage(),
                e.serialStart(),
                e.serialEnd(),
                e.quantity(),
                e.methodologyId() + "-" + e.methodologyVersion(),
                e.datasetDigest(),
                utc(at),
                e.projectId());
    }

    @EventHandler
    void on(CreditsTransferredEvent e) {
        e.serials().forEach(r -> move(r, e.fromAccount(), e.toAccount(), "LIVE"));
    }

    @EventHandler
    void on(CreditsRetiredEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at)
            throws JsonProcessingException {
        e.serials().forEach(r -> move(r, e.account(), e.account(), "RETIRED"));
        jdbc.update(
                """
                        INSERT INTO retirements (id, account_id, quantity, serials, beneficiary, purpose, reason, jurisdiction,
                                                 retired_by, retired_at) VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)""",
                e.retirementId(),
                e.account(),
                e.quantity(),
                json.writeValueAsString(e.serials()),
                e.beneficiary(),
                e.purpose(),
                e.reason(),
                e.jurisdiction(),
                actor,
                utc(at));
    }

    @EventHandler
    void on(CreditsCancelledEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at)
            throws JsonProcessingException {
        e.serials().forEach(r -> move(r, e.account(), e.account(), "CANCELLED"));
        cancellation(
                e.cancellationId(),
                e.account(),
                e.quantity(),
                e.serials(),
                e.kind().stored(),
                e.reason(),
                actor,
                at);
    }

    /** A reversal cancels serials in each account it took them from, each a public cancellation of kind reversal. */
    @EventHandler
    void on(CreditsReversedEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at)
            throws JsonProcessingException {
        int part = 0;
        for (AccountSerials taken : e.cancelled()) {
            taken.serials().forEach(r -> move(r, taken.account(), taken.account(), "CANCELLED"));
            cancellation(
                    e.reversalId() + "-" + (++part),
                    taken.account(),
                    taken.serials().stream().mapToLong(SerialRange::quantity).sum(),
                    taken.serials(),
                    "reversal",
                    e.reason(),
                    actor,
                    at);
        }
    }

    @EventHandler
    void on(LiabilitySettledEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at)
            throws JsonProcessingException {
        e.serials().forEach(r -> move(r, e.account(), e.account(), "CANCELLED"));
        cancellation(
                e.settlementId(),
                e.account(),
                e.quantity(),
                e.serials(),
                "liability-settlement",
                "settles the liability of report " + e.reportId(),
                actor,
                at);
    }

    private void cancellation(
            String id,
            String account,
            long quantity,
            List<SerialRange> serials,
            String kind,
            String reason,
            String actor,
            Instant at)
            throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO cancellations (id, account_id, quantity, serials, kind, reason, cancelled_by, cancelled_at)
                        VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?)""", id, account, quantity, json.writeValueAsString(serials), kind, reason, actor, utc(at));
    }

    /** Splits the blocks that [start, end] crosses, as the ledger did: the low part stays where it was. */
    private void move(SerialRange range, String from, String to, String state) {
        long cursor = range.start();
        while (cursor <= range.end()) {
            long at = cursor;
            // the block that starts at or below the serial, found from the top of the key: one index step, however many
            // blocks
            var rows = jdbc.queryForList(
                    "SELECT * FROM serial_blocks WHERE serial_start <= ? ORDER BY serial_start DESC LIMIT 1", at);
            if (rows.isEmpty()
                    || ((Number) rows.get(0).get("serial_end")).longValue() < at
                    || !from.equals(rows.get(0).get("account_id"))
                    || !"LIVE".equals(rows.get(0).get("state"))) {
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

    private void insertPart(Map<String, Object> b, long start, long end, String account, String state) {
        jdbc.update(
                """
                        INSERT INTO serial_blocks (issuance_id, account_id, project_id, report_id, report_version, vintage,
                                                   serial_start, serial_end, quantity, methodology, dataset_digest, issued_at, state,
                                                   batch)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                b.get("issuance_id"),
                account,
                b.get("project_id"),
                b.get("report_id"),
                b.get("report_version"),
                b.get("vintage"),
                start,
                end,
                end - start + 1,
                b.get("methodology"),
                b.get("dataset_digest"),
                b.get("issued_at"),
                state,
                b.get("batch"));
    }

    /** A moment for a {@code timestamptz} column. */
    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
