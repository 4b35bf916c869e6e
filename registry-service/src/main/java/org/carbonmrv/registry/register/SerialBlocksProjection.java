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
import org.carbonmrv.platform.readmodels.ReplayedInMemory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The register's serial blocks as the ledger moves them (split at every movement, the low part
 * staying where it was), and the public records of retirements and cancellations. The same rules
 * run over the tables live and over memory when a rebuild replays the history ({@link SerialBlockStore}).
 */
@Component
@RebuildableReadModel(tables = {"serial_blocks", "retirements", "cancellations"})
@ProcessingGroup("holdings")
class SerialBlocksProjection implements ReplayedInMemory {

    private final SerialBlockStore blocks;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    @Autowired
    SerialBlocksProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this(new SerialBlocksInDatabase(jdbc), jdbc, json);
    }

    private SerialBlocksProjection(SerialBlockStore blocks, JdbcTemplate jdbc, ObjectMapper json) {
        this.blocks = blocks;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Replayer replayer() {
        SerialBlocksInMemory inMemory = new SerialBlocksInMemory(jdbc);
        return new Replayer(new SerialBlocksProjection(inMemory, jdbc, json), inMemory::write);
    }

    @EventHandler
    void on(CreditsIssuedEvent e, @Timestamp Instant at) {
        blocks.add(new SerialBlock(
                e.issuanceId(),
                e.holdingAccountId(),
                e.projectId(),
                e.reportId(),
                e.reportVersion(),
                e.vintage(),
                e.serialStart(),
                e.serialEnd(),
                e.methodologyId() + "-" + e.methodologyVersion(),
                e.datasetDigest(),
                utc(at),
                "LIVE",
                blocks.nextBatch(e.projectId())));
    }

    @EventHandler
    void on(CreditsTransferredEvent e) {
        e.serials().forEach(r -> move(r, e.fromAccount(), e.toAccount(), "LIVE"));
    }

    @EventHandler
    void on(CreditsRetiredEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at)
            throws JsonProcessingException {
        e.serials().forEach(r -> move(r, e.account(), e.account(), "RETIRED"));
        blocks.append(
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
        blocks.append("""
                        INSERT INTO cancellations (id, account_id, quantity, serials, kind, reason, cancelled_by, cancelled_at)
                        VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?)""", id, account, quantity, json.writeValueAsString(serials), kind, reason, actor, utc(at));
    }

    /** Splits the blocks that [start, end] crosses, as the ledger did: the low part stays where it was. */
    private void move(SerialRange range, String from, String to, String state) {
        long cursor = range.start();
        while (cursor <= range.end()) {
            long at = cursor;
            SerialBlock block = blocks.startingAtOrBelow(at)
                    .filter(b -> b.serialEnd() >= at && from.equals(b.accountId()) && "LIVE".equals(b.state()))
                    .orElseThrow(() -> new IllegalStateException("serial " + at + " is not live in " + from));
            long start = block.serialStart();
            long end = block.serialEnd();
            long hi = Math.min(end, range.end());
            blocks.remove(block);
            if (start < at) {
                blocks.add(block.part(start, at - 1, from, "LIVE"));
            }
            blocks.add(block.part(at, hi, to, state));
            if (hi < end) {
                blocks.add(block.part(hi + 1, end, from, "LIVE"));
            }
            cursor = hi + 1;
        }
    }

    /** A moment for a {@code timestamptz} column. */
    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
