package org.carbonmrv.cems.protocol;

import java.nio.charset.StandardCharsets;

/** Frames a data segment for the wire: {@code ##}, its length in four digits, the segment, its CRC, CR LF. */
public final class FrameWriter {

    /** HJ 212's limit: the length field has four digits. */
    public static final int MAX_SEGMENT = 9_999;

    private FrameWriter() {}

    public static byte[] frame(DataSegment segment) {
        return frame(segment.text());
    }

    public static byte[] frame(String segment) {
        byte[] data = segment.getBytes(StandardCharsets.ISO_8859_1);
        if (data.length > MAX_SEGMENT) {
            throw new IllegalArgumentException(
                    "a data segment of " + data.length + " bytes does not fit a frame (at most 9,999: split it)");
        }
        String text = "##" + String.format("%04d", data.length) + segment + Hj212Crc.hex(Hj212Crc.of(data)) + "\r\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
