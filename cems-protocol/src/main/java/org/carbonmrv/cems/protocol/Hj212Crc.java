package org.carbonmrv.cems.protocol;

/**
 * The check code of an HJ 212 frame, over the bytes of its data segment: the register starts at
 * 0xFFFF; each byte is XORed into the register shifted right by eight ({@code crc = (crc >> 8) ^ b}),
 * then eight times the register shifts right, XORed with 0xA001 when the bit shifted out was 1.
 * Printed as four upper-case hex digits. Not Modbus CRC-16, which XORs the byte into the whole
 * register unshifted and gives other digits on the same bytes.
 */
public final class Hj212Crc {

    private Hj212Crc() {}

    public static int of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    public static int of(byte[] bytes, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = (crc >> 8) ^ (bytes[i] & 0xFF);
            for (int bit = 0; bit < 8; bit++) {
                boolean out = (crc & 1) != 0;
                crc >>= 1;
                if (out) {
                    crc ^= 0xA001;
                }
            }
        }
        return crc & 0xFFFF;
    }

    /** As a frame prints it: four upper-case hex digits. */
    public static String hex(int crc) {
        return String.format("%04X", crc);
    }
}
