package org.carbonmrv.cems.protocol;

/** Modbus CRC-16, which HJ 212's check code is often mistaken for: the byte XORed into the whole register. */
final class ModbusCrc {

    private ModbusCrc() {}

    static int of(byte[] bytes) {
        int crc = 0xFFFF;
        for (byte b : bytes) {
            crc ^= b & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                boolean out = (crc & 1) != 0;
                crc >>= 1;
                if (out) {
                    crc ^= 0xA001;
                }
            }
        }
        return crc;
    }
}
