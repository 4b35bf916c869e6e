package org.carbonmrv.cems.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameReaderTest {

    private static final String STANDARD_FRAME = "##0101" + Hj212CrcTest.STANDARD_SEGMENT + "1C80\r\n";

    /** Minute data of an N2O CEMS, as a 2017 logger sends it (Flag 5: version 1, answer requested). */
    private static final String MINUTE_SEGMENT = "QN=20250301101500123;ST=31;CN=2051;PW=123456;MN=AAPP0001UNIT1;Flag=5;"
            + "CP=&&DataTime=20250301101400;a21026-Avg=112.5,a21026-Min=110.1,a21026-Max=114.9,a21026-Flag=N;"
            + "a00000-Avg=31250.0,a00000-Cou=1875000,a00000-Flag=C&&";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsTheStandardsExample() {
        List<Frame> frames = FrameReader.frames(bytes(STANDARD_FRAME));
        assertThat(frames).hasSize(1);
        Frame frame = frames.get(0);
        assertThat(frame.intact()).isTrue();
        assertThat(frame.lengthGiven()).isEqualTo(101);
        assertThat(frame.crcComputed()).isEqualTo("1C80");
        DataSegment segment = frame.segment();
        assertThat(segment.cn()).isEqualTo("1062");
        assertThat(segment.mn()).isEqualTo("010000A8900016F000169DC0");
        assertThat(segment.version()).isEqualTo(ProtocolVersion.HJ212_2017);
        assertThat(segment.answerRequested()).isTrue();
        assertThat(segment.split()).isFalse();
        assertThat(CpData.parse(segment.cp()).fields()).containsEntry("RtdInterval", "30");
    }

    @Test
    void readsMinuteDataByPollutant() {
        Frame frame = FrameReader.frames(FrameWriter.frame(MINUTE_SEGMENT)).get(0);
        assertThat(frame.intact()).isTrue();
        CpData cp = CpData.parse(frame.segment().cp());
        assertThat(cp.dataTime()).isEqualTo("20250301101400");
        assertThat(cp.pollutants().get("a21026"))
                .containsExactly(
                        java.util.Map.entry("Avg", "112.5"),
                        java.util.Map.entry("Min", "110.1"),
                        java.util.Map.entry("Max", "114.9"),
                        java.util.Map.entry("Flag", "N"));
        assertThat(cp.pollutants().get("a00000"))
                .containsEntry("Cou", "1875000")
                .containsEntry("Flag", "C");
        assertThat(cp.text()).isEqualTo(frame.segment().cp());
    }

    @Test
    void aWrongCrcOrLengthIsNamedAndTheNextFrameIsStillFound() {
        String badCrc = "##0101" + Hj212CrcTest.STANDARD_SEGMENT + "1C81\r\n";
        String badLength = "##0099" + Hj212CrcTest.STANDARD_SEGMENT + "1C80\r\n";
        List<Frame> frames = FrameReader.frames(bytes("noise" + badCrc + badLength + STANDARD_FRAME));
        assertThat(frames).hasSize(3);
        assertThat(frames.get(0).problems()).containsExactly("CRC 1C81 given, 1C80 computed");
        assertThat(frames.get(0).offset()).isEqualTo(5);
        assertThat(frames.get(1).problems()).containsExactly("the data segment is 101 bytes; the frame says 99");
        assertThat(frames.get(2).intact()).isTrue();
    }

    @Test
    void aFrameCutOffByADisconnectIsNotAFrame() {
        String cut = STANDARD_FRAME.substring(0, 60);
        List<Frame> frames = FrameReader.frames(bytes(cut + STANDARD_FRAME + cut));
        assertThat(frames).hasSize(1);
        assertThat(frames.get(0).problems())
                .as("the cut frame runs into the next one's CR LF and fails its checks")
                .isNotEmpty();
    }

    @Test
    void lengthDigitsThatAreNoDigits() {
        Frame frame = FrameReader.frames(bytes("##01x1" + Hj212CrcTest.STANDARD_SEGMENT + "1C80\r\n"))
                .get(0);
        assertThat(frame.lengthGiven()).isEqualTo(-1);
        assertThat(frame.problems()).containsExactly("the length is not four decimal digits: 01x1");
    }

    @Test
    void aFrameOfThe2005Edition() {
        // HJ/T 212-2005: no version in Flag (here 1: answer requested), minute data as 2051 with -Avg ... fields
        String segment = "QN=20050301101500123;ST=32;CN=2051;PW=123456;MN=88888880000001;Flag=1;"
                + "CP=&&DataTime=20050301101400;B01-Avg=12.3,B01-Flag=N&&";
        DataSegment read = FrameReader.frames(FrameWriter.frame(segment)).get(0).segment();
        assertThat(read.version()).isEqualTo(ProtocolVersion.HJ212_2005);
        assertThat(read.answerRequested()).isTrue();
        String noFlag = "QN=20050301101500123;ST=32;CN=2051;PW=123456;MN=88888880000001;CP=&&B01-Avg=1&&";
        assertThat(DataSegment.parse(noFlag).version()).isEqualTo(ProtocolVersion.HJ212_2005);
        assertThat(DataSegment.parse(noFlag).answerRequested()).isFalse();
    }

    @Test
    void aSegmentWithoutItsCpIsMalformed() {
        assertThatThrownBy(() -> DataSegment.parse("QN=1;ST=32;CN=2051"))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("CP=&&");
        assertThatThrownBy(() -> DataSegment.parse("QN=1;QN=2;CP=&&&&"))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void splitPacketsAreJoinedInPacketOrder() {
        PacketAssembly assembly = new PacketAssembly();
        String head = "QN=20250301101500123;ST=31;CN=2051;PW=123456;MN=AAPP0001UNIT1;Flag=7;PNUM=2;";
        DataSegment second = DataSegment.parse(head + "PNO=2;CP=&&a00000-Avg=31250.0,a00000-Flag=N&&");
        DataSegment first = DataSegment.parse(head + "PNO=1;CP=&&DataTime=20250301101400;a21026-Avg=112.5&&");
        assertThat(assembly.add(second)).isEmpty();
        assertThat(assembly.add(second)).as("a repeat counts once").isEmpty();
        DataSegment whole = assembly.add(first).orElseThrow();
        assertThat(whole.header()).doesNotContainKeys("PNUM", "PNO").containsEntry("Flag", "5");
        assertThat(whole.cp()).isEqualTo("DataTime=20250301101400;a21026-Avg=112.5;a00000-Avg=31250.0,a00000-Flag=N");
        assertThat(assembly.waiting()).isZero();
    }
}
