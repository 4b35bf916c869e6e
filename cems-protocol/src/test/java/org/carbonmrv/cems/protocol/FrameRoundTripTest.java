package org.carbonmrv.cems.protocol;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FrameRoundTripTest {

    @Provide
    Arbitrary<DataSegment> segments() {
        Arbitrary<String> digits =
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(17);
        Arbitrary<String> word =
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(24);
        Arbitrary<String> value = Arbitraries.bigDecimals()
                .between(new java.math.BigDecimal("-1e6"), new java.math.BigDecimal("1e9"))
                .ofScale(3)
                .map(java.math.BigDecimal::toPlainString);
        Arbitrary<String> flag = Arbitraries.of("N", "F", "M", "S", "D", "C", "T", "B");
        Arbitrary<Map<String, String>> pollutant = Combinators.combine(value, value, value, flag)
                .as((avg, min, max, f) -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("Avg", avg);
                    fields.put("Min", min);
                    fields.put("Max", max);
                    fields.put("Flag", f);
                    return fields;
                });
        Arbitrary<Map<String, Map<String, String>>> pollutants = Arbitraries.maps(
                        Arbitraries.strings().withCharRange('a', 'z').numeric().ofLength(6), pollutant)
                .ofMaxSize(12);
        return Combinators.combine(
                        digits,
                        Arbitraries.of("2011", "2051", "2061", "2031"),
                        word,
                        word,
                        Arbitraries.integers().between(0, 255),
                        digits,
                        pollutants)
                .as((qn, cn, pw, mn, f, time, values) -> {
                    Map<String, String> header = new LinkedHashMap<>();
                    header.put("QN", qn);
                    header.put("ST", "31");
                    header.put("CN", cn);
                    header.put("PW", pw);
                    header.put("MN", mn);
                    header.put("Flag", String.valueOf(f & ~2));
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("DataTime", time);
                    return new DataSegment(header, new CpData(fields, values).text());
                });
    }

    @Property
    void aSegmentFramedIsReadBackIntactAndUnchanged(@ForAll("segments") DataSegment segment) {
        List<Frame> read = FrameReader.frames(FrameWriter.frame(segment));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).intact()).isTrue();
        assertThat(read.get(0).segment()).isEqualTo(segment);
        assertThat(read.get(0).lengthGiven()).isEqualTo(segment.text().length());
    }

    @Property
    void theCpReadIsTheCpWritten(@ForAll("segments") DataSegment segment) {
        assertThat(CpData.parse(segment.cp()).text()).isEqualTo(segment.cp());
    }

    @Property
    void oneChangedByteIsCaught(@ForAll("segments") DataSegment segment, @ForAll int position, @ForAll byte other) {
        byte[] frame = FrameWriter.frame(segment);
        int at = 6 + Math.floorMod(position, frame.length - 12);
        if (frame[at] == other || other == '\r' || other == '#') {
            return;
        }
        frame[at] = other;
        List<Frame> read = FrameReader.frames(frame);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).crcWrong()).isTrue();
    }

    @Property
    void packetsInAnyOrderMakeTheMessage(@ForAll("segments") DataSegment message, @ForAll java.util.Random random) {
        String[] groups = message.cp().split(";");
        int count = Math.min(groups.length, 1 + random.nextInt(4));
        List<DataSegment> packets = new ArrayList<>();
        int per = (groups.length + count - 1) / count;
        int total = (groups.length + per - 1) / per;
        for (int p = 0; p < total; p++) {
            Map<String, String> header = new LinkedHashMap<>(message.header());
            header.put("Flag", String.valueOf(message.flag() | 2));
            header.put("PNUM", String.valueOf(total));
            header.put("PNO", String.valueOf(p + 1));
            List<String> part = List.of(groups).subList(p * per, Math.min(groups.length, (p + 1) * per));
            packets.add(new DataSegment(header, String.join(";", part)));
        }
        Collections.shuffle(packets, random);
        PacketAssembly assembly = new PacketAssembly();
        Optional<DataSegment> whole = Optional.empty();
        for (DataSegment packet : packets) {
            whole = assembly.add(packet);
        }
        assertThat(whole).contains(message);
    }
}
