package org.carbonmrv.cems.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The data segment of an HJ 212 frame: its header fields in the order given ({@code QN}, {@code
 * ST}, {@code CN}, {@code PW}, {@code MN}, {@code Flag}, and {@code PNUM}/{@code PNO} in a split
 * packet), then {@code CP=&&...&&}, the command's parameters, kept as text (they may hold any
 * separator; {@link CpData} reads them).
 */
public record DataSegment(Map<String, String> header, String cp) {

    private static final String CP_START = "CP=&&";
    private static final String CP_END = "&&";

    public DataSegment {
        header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
    }

    /** Reads a data segment; a segment without {@code CP=&&...&&} or with a header field without {@code =} is malformed. */
    public static DataSegment parse(String text) {
        int cpAt = text.indexOf(CP_START);
        if (cpAt < 0 || !text.endsWith(CP_END) || text.length() < cpAt + CP_START.length() + CP_END.length()) {
            throw new MalformedFrameException("the data segment has no CP=&&...&& at its end");
        }
        Map<String, String> header = new LinkedHashMap<>();
        String head = text.substring(0, cpAt);
        for (String field : head.split(";")) {
            if (field.isEmpty()) {
                continue;
            }
            int eq = field.indexOf('=');
            if (eq <= 0) {
                throw new MalformedFrameException("header field without a name and '=': " + field);
            }
            if (header.putIfAbsent(field.substring(0, eq), field.substring(eq + 1)) != null) {
                throw new MalformedFrameException("header field given twice: " + field.substring(0, eq));
            }
        }
        return new DataSegment(header, text.substring(cpAt + CP_START.length(), text.length() - CP_END.length()));
    }

    /** The segment as a frame carries it. */
    public String text() {
        StringBuilder out = new StringBuilder();
        header.forEach(
                (name, value) -> out.append(name).append('=').append(value).append(';'));
        return out.append(CP_START).append(cp).append(CP_END).toString();
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(header.get(name));
    }

    /** The request number (a time stamp to the millisecond) that answers refer to. */
    public String qn() {
        return header.get("QN");
    }

    /** The command number: 2011 real-time, 2051 minute, 2061 hourly, 2031 daily data, 9014 data answer ... */
    public String cn() {
        return header.get("CN");
    }

    /** The data logger's password. */
    public String pw() {
        return header.get("PW");
    }

    /** The data logger's unique number (MN). */
    public String mn() {
        return header.get("MN");
    }

    public String st() {
        return header.get("ST");
    }

    /** {@code Flag} as a number, if given and numeric. */
    public Integer flag() {
        String flag = header.get("Flag");
        if (flag == null) {
            return null;
        }
        try {
            return Integer.valueOf(flag);
        } catch (NumberFormatException e) {
            throw new MalformedFrameException("Flag is not a number: " + flag);
        }
    }

    public ProtocolVersion version() {
        return ProtocolVersion.ofFlag(flag());
    }

    /** Flag's bit A: the sender waits for an answer. */
    public boolean answerRequested() {
        Integer flag = flag();
        return flag != null && (flag & 1) != 0;
    }

    /** Flag's bit D: the segment is one packet of several ({@code PNUM} in all, this one {@code PNO}). */
    public boolean split() {
        Integer flag = flag();
        return flag != null && (flag & 2) != 0;
    }

    public int packets() {
        return number("PNUM");
    }

    public int packet() {
        return number("PNO");
    }

    private int number(String name) {
        String value = header.get(name);
        if (value == null) {
            throw new MalformedFrameException("a split packet needs " + name);
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new MalformedFrameException(name + " is not a number: " + value);
        }
    }
}
