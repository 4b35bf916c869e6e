package org.carbonmrv.audit.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.audit.checkpoint.Checkpoint;
import org.carbonmrv.audit.checkpoint.CheckpointVerifier;
import org.carbonmrv.audit.merkle.Hash;
import org.carbonmrv.audit.merkle.MerkleTree;
import org.carbonmrv.audit.seal.StoredTree;
import org.carbonmrv.audit.verification.Checkpoints;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A project's evidence as one zip an auditor can check offline ({@link BundleVerifier}): the
 * latest checkpoint and the platform's public key, every sealed event of the project it covers with
 * its link and inclusion proof, the data set of every calculated version, the methodology
 * versions, and a manifest of the files' digests.
 */
public final class BundleWriter {

    public static final String FORMAT = "carbon-mrv-bundle/1";
    static final ObjectMapper JSON = new ObjectMapper();

    private BundleWriter() {}

    /** Writes the bundle; answers the number of events in it (0: no sealed event of the project, nothing written). */
    public static int write(Connection connection, String projectId, CheckpointVerifier key, OutputStream out)
            throws SQLException, IOException {
        Checkpoint checkpoint = Checkpoints.latest(connection)
                .orElseThrow(() -> new IllegalStateException("no checkpoint has been signed yet"));
        List<BundleEvent> events = events(connection, projectId, checkpoint.treeSize());
        if (events.isEmpty()) {
            return 0;
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("checkpoint.json", json(checkpointJson(checkpoint)));
        files.put("key.pem", key.pem().getBytes(StandardCharsets.UTF_8));
        StringBuilder ndjson = new StringBuilder();
        TreeSet<String> datasets = new TreeSet<>();
        TreeSet<String> methodologies = new TreeSet<>();
        for (BundleEvent event : events) {
            ndjson.append(JSON.writeValueAsString(event)).append('\n');
            if (event.simpleType().equals("ReductionsCalculatedEvent")) {
                JsonNode payload = JSON.readTree(event.payload());
                datasets.add(payload.get("datasetDigest").asText());
                methodologies.add(payload.get("methodologyId").asText() + " "
                        + payload.get("methodologyVersion").asText());
            }
        }
        files.put("events.ndjson", ndjson.toString().getBytes(StandardCharsets.UTF_8));
        for (String digest : datasets) {
            byte[] content = dataset(connection, digest);
            if (content != null) {
                files.put("datasets/" + digest + ".json", content);
            }
        }
        files.put("methodologies.json", json(JSON.valueToTree(methodologies)));
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("projectId", projectId);
        manifest.put("treeSize", checkpoint.treeSize());
        manifest.put("events", events.size());
        ObjectNode digests = manifest.putObject("files");
        files.forEach((name, content) -> digests.put(name, Hash.sha256(content).hex()));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "manifest.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
        }
        return events.size();
    }

    static ObjectNode checkpointJson(Checkpoint checkpoint) {
        ObjectNode json = JSON.createObjectNode();
        json.put("treeSize", checkpoint.treeSize());
        json.put("root", checkpoint.root().hex());
        json.put("chainHead", checkpoint.chainHead().hex());
        json.put("issuedAt", checkpoint.issuedAt().toString());
        json.put("keyId", checkpoint.keyId());
        json.put("signature", checkpoint.signatureBase64());
        json.put("signedText", checkpoint.signedText());
        return json;
    }

    private static List<BundleEvent> events(Connection connection, String projectId, long treeSize)
            throws SQLException {
        List<BundleEvent> events = new ArrayList<>();
        MerkleTree tree = new StoredTree(connection).ofSize(treeSize);
        try (PreparedStatement select =
                connection.prepareStatement("SELECT s.position, e.global_index, e.event_identifier,"
                        + " e.type, e.aggregate_identifier, e.sequence_number, e.payload_type, e.payload_revision, e.time_stamp,"
                        + " e.payload, e.meta_data, (SELECT b.link FROM audit_service.sealed_events b WHERE b.position = s.position - 1),"
                        + " s.link FROM audit_service.history_projects p"
                        + " JOIN audit_service.sealed_events s ON s.position = p.position"
                        + " JOIN eventstore.domain_event_entry e ON e.global_index = s.global_index"
                        + " WHERE p.project_id = ? AND s.position < ? ORDER BY s.position")) {
            select.setString(1, projectId);
            select.setLong(2, treeSize);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long position = row.getLong(1);
                    byte[] meta = row.getBytes(11);
                    byte[] previous = row.getBytes(12);
                    events.add(new BundleEvent(
                            position,
                            row.getLong(2),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            row.getLong(6),
                            row.getString(7),
                            row.getString(8),
                            row.getString(9),
                            new String(row.getBytes(10), StandardCharsets.UTF_8),
                            meta == null ? null : new String(meta, StandardCharsets.UTF_8),
                            previous == null ? null : new Hash(previous).hex(),
                            new Hash(row.getBytes(13)).hex(),
                            tree.inclusionProof(position).stream()
                                    .map(Hash::hex)
                                    .toList()));
                }
            }
        }
        return events;
    }

    private static byte[] dataset(Connection connection, String digest) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT content FROM calculation_service.datasets WHERE sha256 = ?")) {
            select.setString(1, digest);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        }
    }

    private static byte[] json(JsonNode node) throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // the same history exported twice gives the same bytes
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
