package org.carbonmrv.cems.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Hj212CrcTest {

    /** The example frame of HJ 212-2017 (setting the real-time interval, CN=1062): length 0101, CRC 1C80. */
    static final String STANDARD_SEGMENT =
            "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void theStandardsExampleFrame() {
        assertThat(ascii(STANDARD_SEGMENT)).hasSize(101);
        assertThat(Hj212Crc.hex(Hj212Crc.of(ascii(STANDARD_SEGMENT)))).isEqualTo("1C80");
    }

    /**
     * "A" (0x41) by hand: 0xFFFF >> 8 = 0x00FF, XOR 0x41 = 0x00BE; then eight shifts, XOR 0xA001
     * after each that shifts out a 1: 005F, A02E (1 out), 5017, 880A (1), 4405, 8203 (1), E100 (1), 7080.
     */
    @Test
    void oneByteWorkedByHand() {
        assertThat(Hj212Crc.of(ascii("A"))).isEqualTo(0x7080);
    }

    @Test
    void isNotModbusCrc16() {
        // CRC-16/MODBUS's published check value, so the comparison is with the real Modbus code
        assertThat(ModbusCrc.of(ascii("123456789"))).isEqualTo(0x4B37);
        assertThat(Hj212Crc.of(ascii("123456789"))).isEqualTo(0x2F80);
        assertThat(ModbusCrc.of(ascii("A"))).isEqualTo(0x707F);
        assertThat(Hj212Crc.hex(ModbusCrc.of(ascii(STANDARD_SEGMENT))))
                .as("Modbus on the standard's example")
                .isEqualTo("0759")
                .isNotEqualTo("1C80");
    }

    @Test
    void printsFourUpperCaseHexDigits() {
        assertThat(Hj212Crc.hex(0x0A)).isEqualTo("000A");
        assertThat(Hj212Crc.hex(0xBEEF)).isEqualTo("BEEF");
    }
}
