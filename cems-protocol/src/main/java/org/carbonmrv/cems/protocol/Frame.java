package org.carbonmrv.cems.protocol;

import java.util.List;

/**
 * One frame as it arrived: {@code ##}, four decimal digits giving the data segment's length in
 * bytes, the data segment, four hex digits of {@link Hj212Crc}, CR LF. What the frame says of
 * itself (the length and CRC given) is kept beside what was found, and every disagreement is
 * named in {@code problems}.
 *
 * @param offset where the frame's {@code ##} is in what was read
 * @param lengthGiven the length the frame states, or -1 when its four digits are not digits
 * @param lengthActual the bytes between the length and the CRC
 */
public record Frame(
        long offset,
        int lengthGiven,
        int lengthActual,
        String dataSegment,
        String crcGiven,
        String crcComputed,
        List<String> problems) {

    public Frame {
        problems = List.copyOf(problems);
    }

    /** Length and CRC as stated: the segment arrived whole and unchanged. */
    public boolean intact() {
        return problems.isEmpty();
    }

    public boolean lengthWrong() {
        return lengthGiven != lengthActual;
    }

    public boolean crcWrong() {
        return !crcComputed.equalsIgnoreCase(crcGiven);
    }

    public DataSegment segment() {
        return DataSegment.parse(dataSegment);
    }
}
