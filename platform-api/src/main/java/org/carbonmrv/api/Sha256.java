package org.carbonmrv.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as the platform writes it everywhere (data sets, uploads, idempotent requests): 64 lower-case hex digits. */
public final class Sha256 {

    private Sha256() {}

    /** A new digest to feed as content streams by. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String hex(byte[] content) {
        return hex(digest(), content);
    }

    /** The digest of what {@code digest} was fed, then {@code last}. */
    public static String hex(MessageDigest digest, byte[] last) {
        return HexFormat.of().formatHex(digest.digest(last));
    }

    public static String hex(MessageDigest fed) {
        return HexFormat.of().formatHex(fed.digest());
    }
}
