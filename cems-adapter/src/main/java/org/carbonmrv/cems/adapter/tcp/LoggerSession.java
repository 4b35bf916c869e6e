package org.carbonmrv.cems.adapter.tcp;

import io.micrometer.core.instrument.MeterRegistry;
import org.carbonmrv.cems.adapter.inbox.FrameInbox;
import org.carbonmrv.cems.adapter.loggers.LoggerDirectory;
import org.carbonmrv.cems.protocol.Answers;
import org.carbonmrv.cems.protocol.CpData;
import org.carbonmrv.cems.protocol.DataSegment;
import org.carbonmrv.cems.protocol.Frame;
import org.carbonmrv.cems.protocol.FrameReader;
import org.carbonmrv.cems.protocol.MalformedFrameException;
import org.carbonmrv.cems.protocol.PacketAssembly;
import org.carbonmrv.cems.protocol.QnRtn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One logger connection's frames, in the order they arrive: checked (length, CRC, MN and PW),
 * joined when split, stored, and answered. A data answer (9014) goes only after the frame is
 * committed; a frame that cannot be stored now gets no answer, so the logger sends it again. A bad
 * frame is logged and counted and, when it asks for an answer and its header can be read, answered
 * 9011 with the reason; the connection stays up.
 */
final class LoggerSession {

    private static final Logger log = LoggerFactory.getLogger(LoggerSession.class);
    private static final Set<String> DATA = Set.of("2011", "2051", "2061", "2031");
    private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final LoggerDirectory loggers;
    private final FrameInbox inbox;
    private final MeterRegistry metrics;
    private final String peer;
    private final PacketAssembly packets = new PacketAssembly();

    LoggerSession(LoggerDirectory loggers, FrameInbox inbox, MeterRegistry metrics, String peer) {
        this.loggers = loggers;
        this.inbox = inbox;
        this.metrics = metrics;
        this.peer = peer;
    }

    /** The answers to one frame (none, or one); whatever is wrong with it, the connection stays up. */
    List<DataSegment> receive(byte[] bytes) {
        try {
            return handle(bytes);
        } catch (MalformedFrameException e) {
            // a Flag that is not a number, a packet numbered past its count ...: not even an answer can be trusted
            count("malformed");
            log.warn("{}: malformed frame: {}", peer, e.getMessage());
            return List.of();
        } catch (RuntimeException e) {
            count("failed");
            log.error("{}: a frame could not be handled; not answered, so the logger sends it again", peer, e);
            return List.of();
        }
    }

    private List<DataSegment> handle(byte[] bytes) {
        List<Frame> frames = FrameReader.frames(bytes);
        if (frames.isEmpty()) {
            return List.of();
        }
        Frame frame = frames.get(0);
        DataSegment segment;
        try {
            segment = frame.segment();
        } catch (MalformedFrameException e) {
            count("malformed");
            log.warn("{}: unreadable frame ({}; {})", peer, e.getMessage(), String.join("; ", frame.problems()));
            return List.of();
        }
        if (!frame.intact()) {
            count(frame.crcWrong() ? "crc" : "length");
            log.warn(
                    "{}: frame QN={} MN={} refused: {}",
                    peer,
                    segment.qn(),
                    segment.mn(),
                    String.join("; ", frame.problems()));
            return answer(segment, frame.crcWrong() ? QnRtn.WRONG_CRC : QnRtn.UNKNOWN);
        }
        // read Flag before anything is asked of the directory: one that is not a number makes the frame malformed
        segment.flag();
        switch (loggers.check(segment.mn(), segment.pw())) {
            case UNKNOWN_MN -> {
                count("unknown-mn");
                log.warn("{}: frame of unregistered MN {}", peer, segment.mn());
                return answer(segment, QnRtn.WRONG_MN);
            }
            case WRONG_PASSWORD -> {
                count("wrong-password");
                log.warn("{}: wrong password for MN {}", peer, segment.mn());
                return answer(segment, QnRtn.WRONG_PASSWORD);
            }
            case UNAVAILABLE -> {
                count("not-stored");
                return List.of();
            }
            case ACCEPTED -> {
                // on below
            }
        }
        if (segment.split()) {
            Optional<DataSegment> whole = packets.add(segment);
            if (whole.isEmpty()) {
                count("packet");
                return List.of();
            }
            segment = whole.get();
        }
        if (!DATA.contains(segment.cn())) {
            count("unsupported");
            return answer(segment, QnRtn.WRONG_CN);
        }
        LocalDateTime dataTime;
        try {
            dataTime = LocalDateTime.parse(CpData.parse(segment.cp()).dataTime(), DATA_TIME);
        } catch (DateTimeParseException | NullPointerException | MalformedFrameException e) {
            count("malformed");
            log.warn("{}: data of MN {} without a readable DataTime", peer, segment.mn());
            return answer(segment, QnRtn.UNKNOWN);
        }
        try {
            FrameInbox.Stored stored = inbox.store(segment.mn(), segment.cn(), dataTime, segment.qn(), segment.text());
            count(stored.name().toLowerCase(java.util.Locale.ROOT));
        } catch (DataAccessException e) {
            count("not-stored");
            log.warn(
                    "{}: frame QN={} of MN {} not stored now ({}); no answer, the logger sends it again",
                    peer,
                    segment.qn(),
                    segment.mn(),
                    e.getMostSpecificCause().getMessage());
            return List.of();
        }
        return segment.answerRequested() ? List.of(Answers.dataAnswer(segment)) : List.of();
    }

    private List<DataSegment> answer(DataSegment request, QnRtn result) {
        return request.answerRequested() ? List.of(Answers.requestAnswer(request, result)) : List.of();
    }

    private void count(String outcome) {
        metrics.counter("cems.frames", "outcome", outcome).increment();
    }
}
