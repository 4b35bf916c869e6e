package org.carbonmrv.audit.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.audit.chain.ChainLink;
import org.carbonmrv.audit.chain.EventDigests;
import org.carbonmrv.audit.checkpoint.Checkpoint;
import org.carbonmrv.audit.checkpoint.CheckpointVerifier;
import org.carbonmrv.audit.merkle.Hash;
import org.carbonmrv.audit.merkle.MerkleHashes;
import org.carbonmrv.audit.merkle.Proofs;
import org.carbonmrv.methodology.Methodology;
import org.carbonmrv.methodology.MethodologyCatalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a bundle offline, with nothing of the platform: every file against the manifest, the
 * checkpoint's signature, every event's link and its inclusion in the signed tree, and every
 * calculated version recomputed by the engine from its data set, figure by figure.
 */
public final class BundleVerifier {

    private static final int LISTED = 50;

    private BundleVerifier() {}

    /**
     * @param trustedKey the platform's key as the auditor holds it; null to use the bundle's own
     *     (which proves only that the bundle is consistent, not who made it)
     */
    public static BundleCheck check(InputStream bundle, CheckpointVerifier trustedKey) throws IOException {
        List<String> failures = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(bundle)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException unreadable) {
            return failed("not a readable bundle: " + unreadable.getMessage());
        }
        byte[] manifestBytes = files.remove("manifest.json");
        if (manifestBytes == null) {
            return failed("no manifest.json");
        }
        JsonNode manifest;
        try {
            manifest = BundleWriter.JSON.readTree(manifestBytes);
        } catch (IOException e) {
            return failed("manifest.json is not JSON: " + e.getMessage());
        }
        if (!BundleWriter.FORMAT.equals(manifest.path("format").asText())) {
            return failed("manifest.json: not a " + BundleWriter.FORMAT + " bundle");
        }
        JsonNode declared = manifest.path("files");
        for (Iterator<String> names = declared.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            byte[] content = files.get(name);
            if (content == null) {
                failures.add(name + " is in the manifest and missing from the bundle");
            } else if (!Hash.sha256(content).hex().equals(declared.get(name).asText())) {
                failures.add(name + " was changed: its SHA-256 is not the manifest's");
            }
        }
        files.keySet().stream()
                .filter(name -> !declared.has(name))
                .forEach(name -> failures.add(name + " is in the bundle and not in the manifest"));

        Checkpoint checkpoint;
        try {
            checkpoint =
                    Checkpoint.fromJson(BundleWriter.JSON.readTree(files.getOrDefault("checkpoint.json", new byte[0])));
        } catch (IOException | RuntimeException e) {
            failures.add("checkpoint.json is not a checkpoint: " + e.getMessage());
            return new BundleCheck(manifest.path("projectId").asText(), 0, 0, 0, failures);
        }
        CheckpointVerifier key = trustedKey;
        if (key == null) {
            try {
                key = CheckpointVerifier.fromPem(
                        new String(files.getOrDefault("key.pem", new byte[0]), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                failures.add("key.pem is not an Ed25519 public key");
                return new BundleCheck(manifest.path("projectId").asText(), checkpoint.treeSize(), 0, 0, failures);
            }
        }
        if (!key.signed(checkpoint)) {
            failures.add(
                    "the checkpoint of tree size " + checkpoint.treeSize() + " is not signed by key " + key.keyId());
        }

        int events = 0;
        int recomputed = 0;
        String submittedProject = null;
        String ndjson = new String(files.getOrDefault("events.ndjson", new byte[0]), StandardCharsets.UTF_8);
        for (String line : ndjson.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            events++;
            BundleEvent event;
            try {
                event = BundleWriter.JSON.readValue(line, BundleEvent.class);
            } catch (IOException e) {
                failures.add("events.ndjson line " + events + " is not an event: " + e.getMessage());
                continue;
            }
            Optional<String> broken = included(event, checkpoint);
            if (broken.isPresent()) {
                failures.add("event " + event.globalIndex() + " (position " + event.position() + "): " + broken.get());
                continue;
            }
            if (event.simpleType().equals("ProjectSubmittedEvent")) {
                submittedProject = BundleWriter.JSON
                        .readTree(event.payload())
                        .path("projectId")
                        .asText();
            }
            if (event.simpleType().equals("ReductionsCalculatedEvent")) {
                recomputed++;
                failures.addAll(recompute(event, files));
            }
        }
        if (checkpoint.treeSize() != manifest.path("treeSize").asLong()) {
            failures.add("the manifest says tree size "
                    + manifest.path("treeSize").asText() + ", the checkpoint " + checkpoint.treeSize());
        }
        if (submittedProject != null
                && !submittedProject.equals(manifest.path("projectId").asText())) {
            failures.add("the manifest names project "
                    + manifest.path("projectId").asText() + ", the events are of project " + submittedProject);
        }
        if (events != manifest.path("events").asInt()) {
            failures.add("events.ndjson holds " + events + " events, the manifest says "
                    + manifest.path("events").asInt());
        }
        return new BundleCheck(
                manifest.path("projectId").asText(),
                checkpoint.treeSize(),
                events,
                recomputed,
                failures.size() > LISTED ? failures.subList(0, LISTED) : failures);
    }

    /** Why the event is not the one sealed in the checkpoint, if it is not. */
    private static Optional<String> included(BundleEvent event, Checkpoint checkpoint) {
        try {
            Hash previous = event.previousLink() == null ? ChainLink.GENESIS : Hash.ofHex(event.previousLink());
            ChainLink link =
                    ChainLink.after(previous, event.position(), event.globalIndex(), EventDigests.of(event.stored()));
            if (!link.hash().hex().equals(event.link())) {
                return Optional.of(
                        "its content is not what its link seals (payload, metadata, identity or place changed)");
            }
            List<Hash> proof = event.proof().stream().map(Hash::ofHex).toList();
            if (!Proofs.includes(
                    checkpoint.root(),
                    checkpoint.treeSize(),
                    event.position(),
                    MerkleHashes.leaf(link.hash().bytes()),
                    proof)) {
                return Optional.of("its link is not in the signed tree of size " + checkpoint.treeSize());
            }
            return Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.of("malformed: " + malformed.getMessage());
        }
    }

    /** A calculated version's figures from its data set, with the engine, against the figures its event recorded. */
    private static List<String> recompute(BundleEvent event, Map<String, byte[]> files) {
        List<String> failures = new ArrayList<>();
        try {
            JsonNode payload = BundleWriter.JSON.readTree(event.payload());
            String digest = payload.get("datasetDigest").asText();
            String version = "report " + payload.get("reportId").asText() + " version "
                    + payload.get("version").asInt();
            byte[] content = files.get("datasets/" + digest + ".json");
            if (content == null) {
                failures.add(version + ": its data set " + digest + " is not in the bundle");
                return failures;
            }
            if (!Hash.sha256(content).hex().equals(digest)) {
                failures.add(version + ": datasets/" + digest + ".json is not the data set the event pins");
                return failures;
            }
            Optional<Methodology> methodology = MethodologyCatalogue.find(
                    payload.get("methodologyId").asText(),
                    payload.get("methodologyVersion").asText());
            if (methodology.isEmpty()) {
                failures.add(version + ": methodology "
                        + payload.get("methodologyId").asText() + " "
                        + payload.get("methodologyVersion").asText() + " is not in this engine");
                return failures;
            }
            Map<String, String> again = methodology
                    .get()
                    .calculate(BundleWriter.JSON.readTree(content))
                    .results();
            payload.get("results").fields().forEachRemaining(figure -> {
                String now = again.get(figure.getKey());
                if (!figure.getValue().asText().equals(now)) {
                    failures.add(version + ": " + figure.getKey() + " recorded "
                            + figure.getValue().asText() + ", recomputed " + now);
                }
            });
        } catch (IOException | RuntimeException e) {
            failures.add("event " + event.globalIndex() + ": the version could not be recomputed: " + e.getMessage());
        }
        return failures;
    }

    private static BundleCheck failed(String why) {
        return new BundleCheck(null, 0, 0, 0, List.of(why));
    }
}
