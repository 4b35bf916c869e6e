package org.carbonmrv.cems.adapter.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Cuts a logger's byte stream into frames: from {@code ##} to the next CR LF, as {@code
 * FrameReader} reads them. Bytes before a {@code ##} are dropped; a "frame" that runs past the
 * longest a frame can be without its CR LF is dropped up to its next {@code ##}, so a stream of
 * noise cannot fill the memory. What is left when the connection drops (a frame cut off
 * mid-way) goes with it.
 */
final class FrameSplitter extends ByteToMessageDecoder {

    private static final Logger log = LoggerFactory.getLogger(FrameSplitter.class);

    /** "##", four digits, 9,999 bytes of data segment, four of CRC, CR LF. */
    static final int LONGEST_FRAME = 2 + 4 + 9_999 + 4 + 2;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (true) {
            int start = indexOf(in, (byte) '#', (byte) '#', in.readerIndex());
            if (start < 0) {
                // keep a last '#': it may be the first of the next frame's two
                int keep = in.readableBytes() > 0 && in.getByte(in.writerIndex() - 1) == '#' ? 1 : 0;
                in.skipBytes(in.readableBytes() - keep);
                return;
            }
            // a stray '#' just before a frame: the frame starts at the last two of the run
            while (start + 2 < in.writerIndex() && in.getByte(start + 2) == '#') {
                start++;
            }
            in.readerIndex(start);
            int end = indexOf(in, (byte) '\r', (byte) '\n', start + 2);
            if (end < 0) {
                if (in.readableBytes() > LONGEST_FRAME) {
                    log.warn(
                            "{}: {} bytes after ## without CR LF; dropped",
                            ctx.channel().remoteAddress(),
                            in.readableBytes());
                    in.skipBytes(2);
                    continue;
                }
                return;
            }
            byte[] frame = new byte[end + 2 - start];
            in.readBytes(frame);
            out.add(frame);
        }
    }

    private static int indexOf(ByteBuf in, byte first, byte second, int from) {
        for (int i = from; i < in.writerIndex() - 1; i++) {
            if (in.getByte(i) == first && in.getByte(i + 1) == second) {
                return i;
            }
        }
        return -1;
    }
}
