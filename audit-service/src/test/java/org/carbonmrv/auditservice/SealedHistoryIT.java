package org.carbonmrv.auditservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.audit.checkpoint.CheckpointKey;
import org.carbonmrv.audit.merkle.Hash;
import org.carbonmrv.audit.merkle.Proofs;
import org.carbonmrv.audit.seal.Sealed;
import org.carbonmrv.audit.seal.Sealer;
import org.carbonmrv.audit.verification.ChainVerifier;
import org.carbonmrv.audit.verification.Discrepancy;
import org.carbonmrv.audit.verification.Verification;
import org.carbonmrv.platform.security.Role;
import org.carbonmrv.platform.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carbonmrv.platform.testsupport.Tokens.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sealer, the checkpoints and the verification against the real PostgreSQL, and each kind of
 * tampering done by SQL as a database superuser would. Each tampering is undone after it is found,
 * and the history verifies intact again: the verification finds exactly what was changed.
 */
@SpringBootTest(
        properties = {
            "mrv.audit.seal-interval=1h", // the test seals when it wants to
            "mrv.audit.checkpoint-every-events=4",
            "mrv.audit.key-file=target/sealed-history-it/checkpoint.key"
        })
@AutoConfigureMockMvc
class SealedHistoryIT extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Sealer sealer;

    @Autowired
    CheckpointKey key;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void aSealedHistory() throws Exception {
        String aggregate = "history-" + UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            append(aggregate, i, "{\"reading\":" + i + "}");
        }
        seal();
        assertThat(verify().intact()).as("%s", verify().discrepancies()).isTrue();
    }

    @Test
    void eventsAreSealedOnlyWhenNoEarlierTransactionCanStillCommit() throws Exception {
        String aggregate = "commit-order-" + UUID.randomUUID();
        long fast;
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            insert(slow, aggregate + "-slow", 0, "{\"slow\":true}");
            fast = append(aggregate, 0, "{\"fast\":true}");

            sealNow();
            assertThat(sealedPosition(fast))
                    .as("sealed past a transaction still running")
                    .isNull();

            slow.rollback(); // a gap in the global indexes: nothing waits for it
        }
        seal();
        assertThat(sealedPosition(fast)).isNotNull();
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void checkpointsAreSignedAndProveEachEventAndTheirOwnConsistency() throws Exception {
        JsonNode latest = read(mvc.perform(get("/api/audit/public/checkpoints/latest")));
        long size = latest.get("treeSize").asLong();
        Hash root = Hash.ofHex(latest.get("root").asText());
        assertThat(size).isEqualTo(treeSize());

        long globalIndex = jdbc.queryForObject(
                "SELECT global_index FROM audit_service.sealed_events WHERE position = ?", Long.class, size - 2);
        JsonNode proof = read(mvc.perform(get("/api/audit/proofs/inclusion?globalIndex=" + globalIndex)
                .with(user("aud", "cn-auditor", Role.AUDITOR))));
        List<Hash> path = hashes(proof.get("path"));
        Hash leaf = Hash.ofHex(proof.get("leafHash").asText());
        assertThat(Proofs.includes(root, size, size - 2, leaf, path)).isTrue();
        assertThat(Proofs.includes(root, size, size - 3, leaf, path)).isFalse();

        List<Long> sizes =
                jdbc.queryForList("SELECT tree_size FROM audit_service.checkpoints ORDER BY tree_size", Long.class);
        long earlier = sizes.get(0);
        JsonNode consistency =
                read(mvc.perform(get("/api/audit/public/proofs/consistency?from=" + earlier + "&to=" + size)));
        Hash earlierRoot = Hash.ofHex(read(mvc.perform(get("/api/audit/public/checkpoints/" + earlier)))
                .get("root")
                .asText());
        assertThat(Proofs.consistent(earlier, earlierRoot, size, root, hashes(consistency.get("proof"))))
                .isTrue();

        mvc.perform(get("/api/audit/proofs/inclusion?globalIndex=" + globalIndex)
                        .with(user("own", "linhai-chem", Role.PROJECT_OWNER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/public/proofs/consistency?from=0&to=" + size))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/audit/public/proofs/consistency?from=1&to=" + (size + 1000)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/audit/public/key")).andExpect(status().isOk());
    }

    @Test
    void anUpdatedPayloadIsNamed() throws Exception {
        long target = sealedEvent(3);
        byte[] before = column(target, "payload");
        jdbc.update(
                "UPDATE eventstore.domain_event_entry SET payload = convert_to('{\"reading\":1000}', 'UTF8') WHERE global_index = ?",
                target);

        Discrepancy first = verify().first();
        assertThat(first.kind()).isEqualTo(Discrepancy.Kind.EVENT_CHANGED);
        assertThat(first.globalIndex()).isEqualTo(target);
        assertThat(first.what()).contains("its payload").doesNotContain("metadata");
        assertThat(verify().discrepancies()).anyMatch(d -> d.kind() == Discrepancy.Kind.CHECKPOINT_FAILED);

        jdbc.update("UPDATE eventstore.domain_event_entry SET payload = ? WHERE global_index = ?", before, target);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void updatedMetadataIsNamed() throws Exception {
        long target = sealedEvent(2);
        byte[] before = column(target, "meta_data");
        jdbc.update(
                "UPDATE eventstore.domain_event_entry SET meta_data = convert_to('{\"actor\":\"someone else\"}', 'UTF8') WHERE global_index = ?",
                target);

        Discrepancy first = verify().first();
        assertThat(first.globalIndex()).isEqualTo(target);
        assertThat(first.what()).contains("its metadata").doesNotContain("payload");

        jdbc.update("UPDATE eventstore.domain_event_entry SET meta_data = ? WHERE global_index = ?", before, target);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aDeletedEventIsNamed() throws Exception {
        long target = sealedEvent(4);
        Map<String, Object> row =
                jdbc.queryForMap("SELECT * FROM eventstore.domain_event_entry WHERE global_index = ?", target);
        jdbc.update("DELETE FROM eventstore.domain_event_entry WHERE global_index = ?", target);

        Discrepancy first = verify().first();
        assertThat(first.kind()).isEqualTo(Discrepancy.Kind.EVENT_DELETED);
        assertThat(first.globalIndex()).isEqualTo(target);

        jdbc.update(
                "INSERT INTO eventstore.domain_event_entry (global_index, event_identifier, meta_data, payload,"
                        + " payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type, committed_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text::xid8)",
                row.get("global_index"),
                row.get("event_identifier"),
                row.get("meta_data"),
                row.get("payload"),
                row.get("payload_revision"),
                row.get("payload_type"),
                row.get("time_stamp"),
                row.get("aggregate_identifier"),
                row.get("sequence_number"),
                row.get("type"),
                row.get("committed_by").toString());
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void twoEventsSwappedAreNamed() throws Exception {
        long first = sealedEvent(2);
        long second = sealedEvent(1);
        swapIndexes(first, second);

        Verification verification = verify();
        assertThat(verification.first().kind()).isEqualTo(Discrepancy.Kind.EVENT_CHANGED);
        assertThat(verification.first().globalIndex()).isIn(first, second);
        assertThat(verification.first().what()).contains("its place or identity");

        swapIndexes(first, second);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void anEventInsertedIntoTheSealedHistoryIsRefusedAndNamed() throws Exception {
        seal(); // two batches behind the insertion, so its index is older than both
        append("history-filler-" + UUID.randomUUID(), 0, "{}");
        seal();
        long inserted =
                jdbc.queryForObject("SELECT min(global_index) - 1 FROM eventstore.domain_event_entry", Long.class);
        jdbc.update(
                "INSERT INTO eventstore.domain_event_entry (global_index, event_identifier, meta_data, payload,"
                        + " payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                        + " VALUES (?, ?, convert_to('{}', 'UTF8'), convert_to('{\"credits\":7}', 'UTF8'),"
                        + " 'org.carbonmrv.api.registry.CreditsIssuedEvent', '2019-01-01T00:00:00Z', ?, 0, 'RegistryLedger')",
                inserted,
                UUID.randomUUID().toString(),
                "forged-" + UUID.randomUUID());

        try {
            Sealed sealed = seal();
            assertThat(sealed.refused()).isEqualTo(1);
            Discrepancy found = verify().first();
            assertThat(found.kind()).isEqualTo(Discrepancy.Kind.EVENT_INSERTED);
            assertThat(found.globalIndex()).isEqualTo(inserted);
            assertThat(found.what()).contains("inserted into the sealed history");
        } finally {
            jdbc.update("DELETE FROM eventstore.domain_event_entry WHERE global_index = ?", inserted);
            jdbc.update("DELETE FROM audit_service.refused_events WHERE global_index = ?", inserted);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void anEventAddedWithAnOldTransactionIdIsNamed() throws Exception {
        long added = jdbc.queryForObject("SELECT min(global_index) - 1 FROM eventstore.domain_event_entry", Long.class);
        jdbc.update(
                "INSERT INTO eventstore.domain_event_entry (global_index, event_identifier, meta_data, payload,"
                        + " payload_type, time_stamp, aggregate_identifier, sequence_number, type, committed_by)"
                        + " VALUES (?, ?, convert_to('{}', 'UTF8'), convert_to('{}', 'UTF8'), 'X', '2019-01-01T00:00:00Z', ?, 0, 'X', '3'::xid8)",
                added,
                UUID.randomUUID().toString(),
                "forged-" + UUID.randomUUID());

        Discrepancy found = verify().first();
        assertThat(found.kind()).isEqualTo(Discrepancy.Kind.EVENT_NOT_SEALED);
        assertThat(found.globalIndex()).isEqualTo(added);

        jdbc.update("DELETE FROM eventstore.domain_event_entry WHERE global_index = ?", added);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aRewrittenChainIsCaughtByTheSignedCheckpoints() throws Exception {
        long target = sealedEvent(3);
        long position = jdbc.queryForObject(
                "SELECT position FROM audit_service.sealed_events WHERE global_index = ?", Long.class, target);
        byte[] before = column(target, "payload");
        // the operator changes the event, and re-links the chain and its digests from it, without the key
        jdbc.update(
                "UPDATE eventstore.domain_event_entry SET payload = convert_to('{\"reading\":1}', 'UTF8') WHERE global_index = ?",
                target);
        Map<String, Object> sealedRow =
                jdbc.queryForMap("SELECT * FROM audit_service.sealed_events WHERE position = ?", position);
        jdbc.update(
                "UPDATE audit_service.sealed_events SET payload_digest = sha256(convert_to('\u0001', 'UTF8') || convert_to('{\"reading\":1}', 'UTF8')) WHERE position = ?",
                position);

        Verification verification = verify();
        assertThat(verification.discrepancies())
                .anyMatch(d -> d.kind() == Discrepancy.Kind.CHAIN_CHANGED && d.position() == position);
        assertThat(verification.discrepancies()).anyMatch(d -> d.kind() == Discrepancy.Kind.CHECKPOINT_FAILED);

        jdbc.update(
                "UPDATE audit_service.sealed_events SET payload_digest = ? WHERE position = ?",
                sealedRow.get("payload_digest"),
                position);
        jdbc.update("UPDATE eventstore.domain_event_entry SET payload = ? WHERE global_index = ?", before, target);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theVerificationRunsInTheBackgroundForAuditorsAndTheRegistry() throws Exception {
        var auditor = user("aud", "cn-auditor", Role.AUDITOR);
        var asked = mvc.perform(post("/api/audit/verifications").with(auditor))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse();
        String location = asked.getHeader("Location");
        JsonNode started = json.readTree(asked.getContentAsString());
        assertThat(location)
                .isEqualTo("/api/audit/verifications/" + started.get("id").asText());
        assertThat(started.get("requestedBy").asText()).isEqualTo("aud");
        JsonNode run = read(mvc.perform(get(location).with(auditor)));
        for (int tries = 0; run.get("status").asText().equals("RUNNING") && tries < 300; tries++) {
            Thread.sleep(100);
            run = read(mvc.perform(get(location).with(auditor)));
        }
        assertThat(run.get("status").asText()).as("%s", run).isEqualTo("DONE");
        assertThat(run.get("verification").get("sealedEvents").asLong()).isEqualTo(treeSize());
        assertThat(run.get("verification").get("discrepancyCount").asLong()).isZero();
        assertThat(run.get("finishedAt").isNull()).isFalse();

        mvc.perform(get("/api/audit/verifications/" + UUID.randomUUID()).with(auditor))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/audit/verifications").with(user("own", "linhai-chem", Role.PROJECT_OWNER)))
                .andExpect(status().isForbidden());
        mvc.perform(get(location).with(user("own", "linhai-chem", Role.PROJECT_OWNER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/audit/verifications")).andExpect(status().isUnauthorized());
    }

    // ------------------------------------------------------------------ helpers

    private long append(String aggregate, long sequence, String payload) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, aggregate, sequence, payload);
        }
    }

    /** As Axon's JDBC storage engine writes an event. */
    private static long insert(Connection connection, String aggregate, long sequence, String payload)
            throws Exception {
        try (var insert =
                connection.prepareStatement("INSERT INTO eventstore.domain_event_entry (event_identifier, meta_data,"
                        + " payload, payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                        + " VALUES (?, ?, ?, '1', 'org.carbonmrv.api.monitoring.ReadingsRecordedEvent', '2026-12-04T01:00:00Z', ?, ?, 'ReadingBatch')"
                        + " RETURNING global_index")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setBytes(2, "{\"actor\":\"linhai-operator\"}".getBytes(StandardCharsets.UTF_8));
            insert.setBytes(3, payload.getBytes(StandardCharsets.UTF_8));
            insert.setString(4, aggregate);
            insert.setLong(5, sequence);
            try (var row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private Sealed seal() throws Exception {
        return TestSealing.sealWhatHasEnded(dataSource, sealer);
    }

    private Sealed sealNow() throws Exception {
        return TestSealing.sealNow(dataSource, sealer);
    }

    private Verification verify() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return new ChainVerifier(key.verifier(), List.of()).verify(connection);
            } finally {
                connection.rollback();
            }
        }
    }

    /** The global index of the event sealed {@code back} places before the end of the chain. */
    private long sealedEvent(int back) {
        return jdbc.queryForObject(
                "SELECT global_index FROM audit_service.sealed_events ORDER BY position DESC OFFSET ? LIMIT 1",
                Long.class,
                back);
    }

    private Long sealedPosition(long globalIndex) {
        return jdbc
                .query(
                        "SELECT position FROM audit_service.sealed_events WHERE global_index = ?",
                        (row, i) -> row.getLong(1),
                        globalIndex)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private long treeSize() {
        return jdbc.queryForObject("SELECT count(*) FROM audit_service.sealed_events", Long.class);
    }

    private byte[] column(long globalIndex, String column) {
        return jdbc.queryForObject(
                "SELECT " + column + " FROM eventstore.domain_event_entry WHERE global_index = ?",
                byte[].class,
                globalIndex);
    }

    private void swapIndexes(long a, long b) {
        jdbc.update("UPDATE eventstore.domain_event_entry SET global_index = -1 WHERE global_index = ?", a);
        jdbc.update("UPDATE eventstore.domain_event_entry SET global_index = ? WHERE global_index = ?", a, b);
        jdbc.update("UPDATE eventstore.domain_event_entry SET global_index = ? WHERE global_index = -1", b);
    }

    private JsonNode read(org.springframework.test.web.servlet.ResultActions answer) throws Exception {
        return json.readTree(
                answer.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<Hash> hashes(JsonNode array) {
        List<Hash> out = new java.util.ArrayList<>();
        array.forEach(h -> out.add(Hash.ofHex(h.asText())));
        return out;
    }
}
