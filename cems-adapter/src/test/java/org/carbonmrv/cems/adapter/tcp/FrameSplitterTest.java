package org.carbonmrv.cems.adapter.tcp;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.carbonmrv.cems.protocol.FrameWriter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class FrameSplitterTest {

    private static final String SEGMENT =
            "QN=20240501000000001;ST=31;CN=2051;PW=123456;MN=SIM001;Flag=5;CP=&&DataTime=20240501000000;N2O-Avg=1,N2O-Flag=N&&";

    private static void write(EmbeddedChannel channel, byte[] bytes) {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes));
    }

    @Test
    void aFrameArrivingInPiecesComesOutWholeOnce() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameSplitter());
        byte[] frame = FrameWriter.frame(SEGMENT);
        write(channel, Arrays.copyOfRange(frame, 0, 1));
        write(channel, Arrays.copyOfRange(frame, 1, 40));
        assertThat((Object) channel.readInbound()).isNull();
        write(channel, Arrays.copyOfRange(frame, 40, frame.length));

        byte[] out = channel.readInbound();
        assertThat(out).isEqualTo(frame);
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void noiseBeforeAFrameIsDroppedAndTwoFramesInOneReadComeOutAsTwo() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameSplitter());
        byte[] frame = FrameWriter.frame(SEGMENT);
        byte[] noise = "\u0000garbage#".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[noise.length + 2 * frame.length];
        System.arraycopy(noise, 0, all, 0, noise.length);
        System.arraycopy(frame, 0, all, noise.length, frame.length);
        System.arraycopy(frame, 0, all, noise.length + frame.length, frame.length);
        write(channel, all);

        assertThat((byte[]) channel.readInbound()).isEqualTo(frame);
        assertThat((byte[]) channel.readInbound()).isEqualTo(frame);
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void aFrameCutOffIsDroppedWhenItRunsPastTheLongestFrameAndTheNextFrameIsFound() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameSplitter());
        byte[] cut = new byte[FrameSplitter.LONGEST_FRAME + 10];
        Arrays.fill(cut, (byte) 'x');
        cut[0] = '#';
        cut[1] = '#';
        write(channel, cut);
        assertThat((Object) channel.readInbound()).isNull();

        byte[] frame = FrameWriter.frame(SEGMENT);
        write(channel, frame);
        assertThat((byte[]) channel.readInbound()).isEqualTo(frame);
    }
}
