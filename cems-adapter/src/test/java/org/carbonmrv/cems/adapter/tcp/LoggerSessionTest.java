package org.carbonmrv.cems.adapter.tcp;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.carbonmrv.cems.protocol.DataSegment;
import org.carbonmrv.cems.protocol.FrameWriter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frames a session refuses before it asks who the logger is: no directory and no inbox are
 * reached (both are null here), and nothing is thrown to the connection.
 */
class LoggerSessionTest {

    private static final String SEGMENT =
            "QN=20240501000000001;ST=31;CN=2051;PW=123456;MN=SIM001;Flag=5;CP=&&DataTime=20240501000000;N2O-Avg=1,N2O-Flag=N&&";

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final LoggerSession session = new LoggerSession(null, null, metrics, "test");

    private double counted(String outcome) {
        return metrics.counter("cems.frames", "outcome", outcome).count();
    }

    @Test
    void aWrongCrcIsAnswered9011WithQnRtn9ForTheSameQn() {
        byte[] frame = FrameWriter.frame(SEGMENT);
        frame[frame.length - 3] = (byte) (frame[frame.length - 3] == '0' ? '1' : '0');

        List<DataSegment> answers = session.receive(frame);

        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.cn()).isEqualTo("9011");
            assertThat(a.qn()).isEqualTo("20240501000000001");
            assertThat(a.cp()).isEqualTo("QnRtn=9");
        });
        assertThat(counted("crc")).isEqualTo(1);
    }

    @Test
    void aWrongLengthIsAnsweredQnRtn100() {
        byte[] good = FrameWriter.frame(SEGMENT);
        String text = new String(good, StandardCharsets.ISO_8859_1);
        byte[] lying = ("##9999" + text.substring(6)).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(session.receive(lying))
                .singleElement()
                .satisfies(a -> assertThat(a.cp()).isEqualTo("QnRtn=100"));
        assertThat(counted("length")).isEqualTo(1);
    }

    @Test
    void aFlagThatIsNotANumberOrAnUnreadableSegmentGetsNoAnswerAndThrowsNothing() {
        assertThat(session.receive(FrameWriter.frame(SEGMENT.replace("Flag=5", "Flag=x"))))
                .isEmpty();
        assertThat(session.receive(FrameWriter.frame("QN=1;CN=2051;no CP here")))
                .isEmpty();
        assertThat(counted("malformed")).isEqualTo(2);
    }
}
