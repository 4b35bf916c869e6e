package org.carbonmrv.audit.checkpoint;

import org.carbonmrv.audit.merkle.Hash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;

/**
 * The platform's Ed25519 checkpoint key, kept under its data folder (PKCS#8 beside its public key
 * in X.509), made on first use. It signs checkpoints; its public key is what outsiders check them
 * with.
 */
public final class CheckpointKey {

    private final PrivateKey privateKey;
    private final CheckpointVerifier verifier;

    private CheckpointKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.verifier = new CheckpointVerifier(publicKey);
    }

    /** The key in {@code file}, or a new one written there (readable by its owner only). */
    public static CheckpointKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return load(file);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Path written = Files.createTempFile(file.toAbsolutePath().getParent(), ".key", ".tmp");
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply
            }
            Files.write(written, pair.getPrivate().getEncoded());
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            Files.write(
                    publicKeyFile(file),
                    CheckpointVerifier.pem(pair.getPublic()).getBytes());
            return new CheckpointKey(pair.getPrivate(), pair.getPublic());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    private static CheckpointKey load(Path file) throws IOException, GeneralSecurityException {
        PrivateKey privateKey =
                KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
        PublicKey publicKey = CheckpointVerifier.fromPem(Files.readString(publicKeyFile(file)))
                .publicKey();
        return new CheckpointKey(privateKey, publicKey);
    }

    /** Where the public key is written beside the private one. */
    public static Path publicKeyFile(Path privateKeyFile) {
        return privateKeyFile.resolveSibling(privateKeyFile.getFileName() + ".pub.pem");
    }

    public CheckpointVerifier verifier() {
        return verifier;
    }

    public Checkpoint sign(long treeSize, Hash root, Hash chainHead, Instant issuedAt) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(Checkpoint.text(treeSize, root, chainHead, issuedAt).getBytes(StandardCharsets.UTF_8));
            return new Checkpoint(treeSize, root, chainHead, issuedAt, verifier.keyId(), signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing a checkpoint", e);
        }
    }
}
