package org.carbonmrv.audit.checkpoint;

import org.carbonmrv.audit.merkle.Hash;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Checks checkpoints with the platform's published Ed25519 public key: all an outsider needs. */
public record CheckpointVerifier(PublicKey publicKey) {

    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    public static CheckpointVerifier fromPem(String pem) {
        String body = pem.replace(BEGIN, "").replace(END, "").replaceAll("\\s", "");
        try {
            return new CheckpointVerifier(KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in PEM", e);
        }
    }

    static String pem(PublicKey key) {
        return BEGIN + "\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded()) + "\n" + END
                + "\n";
    }

    public String pem() {
        return pem(publicKey);
    }

    /** The first eight bytes of the SHA-256 of the public key, in hex: names the key in each checkpoint. */
    public String keyId() {
        return HexFormat.of().formatHex(Hash.sha256(publicKey.getEncoded()).bytes(), 0, 8);
    }

    public boolean signed(Checkpoint checkpoint) {
        if (!keyId().equals(checkpoint.keyId())) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(checkpoint.signedBytes());
            return verifier.verify(checkpoint.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
