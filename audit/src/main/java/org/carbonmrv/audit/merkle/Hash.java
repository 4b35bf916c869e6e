package org.carbonmrv.audit.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 value: a leaf, a node or a root of the tree, or a link of the chain. */
public record Hash(byte[] bytes) {

    public static final int LENGTH = 32;
    private static final HexFormat HEX = HexFormat.of();

    public Hash {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a SHA-256 hash has 32 bytes");
        }
        bytes = bytes.clone();
    }

    public static Hash ofHex(String hex) {
        if (hex == null || hex.length() != 2 * LENGTH || !hex.equals(hex.toLowerCase())) {
            throw new IllegalArgumentException("a hash is 64 lowercase hexadecimal digits: " + hex);
        }
        return new Hash(HEX.parseHex(hex));
    }

    /** SHA-256 of the parts, one after the other. */
    public static Hash sha256(byte[]... parts) {
        MessageDigest digest = newDigest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return new Hash(digest.digest());
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash h && MessageDigest.isEqual(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
