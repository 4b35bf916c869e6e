package org.carbonmrv.audit.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.audit.merkle.Hash;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A signed statement of the event store's history: the Merkle tree of its first {@code treeSize}
 * sealed events has this root, and the chain's last link is {@code chainHead}. Anyone who keeps
 * one can later ask for a consistency proof and see that the history it covers was not rewritten.
 *
 * <p>The signed text follows the transparency-log checkpoint note (C2SP): origin, size and root in
 * base64 on their own lines, then this platform's extension lines.
 */
public record Checkpoint(long treeSize, Hash root, Hash chainHead, Instant issuedAt, String keyId, byte[] signature) {

    public static final String ORIGIN = "carbon-mrv/eventstore";

    public String signedText() {
        return text(treeSize, root, chainHead, issuedAt);
    }

    static String text(long treeSize, Hash root, Hash chainHead, Instant issuedAt) {
        return ORIGIN + "\n"
                + treeSize + "\n"
                + Base64.getEncoder().encodeToString(root.bytes()) + "\n"
                + "chain " + chainHead.hex() + "\n"
                + "time " + issuedAt + "\n";
    }

    byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.UTF_8);
    }

    /** A checkpoint as {@code GET /api/audit/public/checkpoints/latest} answers it (and a bundle keeps it). */
    public static Checkpoint fromJson(JsonNode json) {
        return new Checkpoint(
                json.get("treeSize").asLong(),
                Hash.ofHex(json.get("root").asText()),
                Hash.ofHex(json.get("chainHead").asText()),
                Instant.parse(json.get("issuedAt").asText()),
                json.get("keyId").asText(),
                Base64.getDecoder().decode(json.get("signature").asText()));
    }

    public String signatureBase64() {
        return Base64.getEncoder().encodeToString(signature);
    }
}
