package org.carbonmrv.cems.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the frames in bytes as a data logger sends them. A frame runs from {@code ##} to the next
 * CR LF, so one whose length digits lie is still found whole, and the next frame is found after
 * it: a bad frame is reported, never the end of the reading. Bytes before a {@code ##} (line noise,
 * a frame cut off by a disconnect) are skipped. HJ 212 is ASCII; bytes are read one to one as
 * characters so that lengths stay counts of bytes.
 */
public final class FrameReader {

    private static final int HEADER = 6; // "##" and four digits
    private static final int TRAILER = 4; // the CRC's four hex digits, before CR LF

    private FrameReader() {}

    /** Every complete frame (ending in CR LF) in the bytes; a frame cut off at the end is left out. */
    public static List<Frame> frames(byte[] bytes) {
        List<Frame> frames = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = indexOf(bytes, (byte) '#', (byte) '#', from);
            if (start < 0) {
                return frames;
            }
            int end = indexOf(bytes, (byte) '\r', (byte) '\n', start + 2);
            if (end < 0) {
                return frames;
            }
            frames.add(frame(bytes, start, end));
            from = end + 2;
        }
    }

    /** The frame from {@code ##} at {@code start} to its CR LF at {@code end}. */
    static Frame frame(byte[] bytes, int start, int end) {
        List<String> problems = new ArrayList<>();
        if (end - start < HEADER + TRAILER) {
            problems.add("the frame is " + (end - start) + " bytes before CR LF: too short for a length and a CRC");
            return new Frame(start, -1, 0, "", "", "", problems);
        }
        String digits = new String(bytes, start + 2, 4, StandardCharsets.ISO_8859_1);
        int lengthGiven = digits.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.parseInt(digits) : -1;
        int segmentStart = start + HEADER;
        int segmentEnd = end - TRAILER;
        int lengthActual = segmentEnd - segmentStart;
        String segment = new String(bytes, segmentStart, lengthActual, StandardCharsets.ISO_8859_1);
        String crcGiven = new String(bytes, segmentEnd, TRAILER, StandardCharsets.ISO_8859_1);
        String crcComputed = Hj212Crc.hex(Hj212Crc.of(bytes, segmentStart, lengthActual));
        if (lengthGiven < 0) {
            problems.add("the length is not four decimal digits: " + digits);
        } else if (lengthGiven != lengthActual) {
            problems.add("the data segment is " + lengthActual + " bytes; the frame says " + lengthGiven);
        }
        if (!crcComputed.equalsIgnoreCase(crcGiven)) {
            problems.add("CRC " + crcGiven + " given, " + crcComputed + " computed");
        }
        return new Frame(start, lengthGiven, lengthActual, segment, crcGiven, crcComputed, problems);
    }

    private static int indexOf(byte[] bytes, byte first, byte second, int from) {
        for (int i = Math.max(0, from); i + 1 < bytes.length; i++) {
            if (bytes[i] == first && bytes[i + 1] == second) {
                return i;
            }
        }
        return -1;
    }
}
