package org.carbonmrv.audit.checkpoint;

import org.carbonmrv.audit.merkle.Hash;
import org.carbonmrv.audit.merkle.MerkleHashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointKeyTest {

    private static final Hash ROOT = MerkleHashes.leaf(new byte[] {1});
    private static final Hash HEAD = MerkleHashes.leaf(new byte[] {2});
    private static final Instant AT = Instant.parse("2026-12-04T01:00:00Z");

    @Test
    void aKeyIsMadeOnceAndReadBackFromTheDataFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit").resolve("checkpoint.key");
        CheckpointKey made = CheckpointKey.loadOrCreate(file);
        CheckpointKey read = CheckpointKey.loadOrCreate(file);
        assertThat(read.verifier().keyId()).isEqualTo(made.verifier().keyId());
        assertThat(Files.readString(CheckpointKey.publicKeyFile(file))).startsWith("-----BEGIN PUBLIC KEY-----");
        Checkpoint signed = made.sign(8, ROOT, HEAD, AT);
        assertThat(read.verifier().signed(signed)).isTrue();
    }

    @Test
    void thePublishedKeyChecksASignatureAndRefusesAnyChange(@TempDir Path dir) {
        CheckpointKey key = CheckpointKey.loadOrCreate(dir.resolve("k"));
        CheckpointVerifier outsider = CheckpointVerifier.fromPem(key.verifier().pem());
        Checkpoint signed = key.sign(8, ROOT, HEAD, AT);
        assertThat(outsider.signed(signed)).isTrue();
        assertThat(outsider.signed(new Checkpoint(9, ROOT, HEAD, AT, signed.keyId(), signed.signature())))
                .isFalse();
        assertThat(outsider.signed(new Checkpoint(8, HEAD, HEAD, AT, signed.keyId(), signed.signature())))
                .isFalse();
        assertThat(outsider.signed(new Checkpoint(8, ROOT, ROOT, AT, signed.keyId(), signed.signature())))
                .isFalse();
        assertThat(outsider.signed(
                        new Checkpoint(8, ROOT, HEAD, AT.plusSeconds(1), signed.keyId(), signed.signature())))
                .isFalse();
        CheckpointKey other = CheckpointKey.loadOrCreate(dir.resolve("other"));
        assertThat(outsider.signed(other.sign(8, ROOT, HEAD, AT))).isFalse();
    }

    @Test
    void theSignedTextIsATransparencyLogCheckpointNote() {
        assertThat(Checkpoint.text(8, ROOT, HEAD, AT))
                .startsWith("carbon-mrv/eventstore\n8\n")
                .contains("\nchain " + HEAD.hex() + "\n")
                .endsWith("time 2026-12-04T01:00:00Z\n");
    }
}
