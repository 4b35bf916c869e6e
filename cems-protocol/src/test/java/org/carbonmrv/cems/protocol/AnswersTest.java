package org.carbonmrv.cems.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswersTest {

    private static final DataSegment MINUTE = DataSegment.parse("QN=20250301101500123;ST=31;CN=2051;PW=123456;"
            + "MN=AAPP0001UNIT1;Flag=5;CP=&&DataTime=20250301101400;a21026-Avg=112.5,a21026-Flag=N&&");

    @Test
    void theDataAnswerNamesTheRequestAndWantsNoAnswer() {
        DataSegment answer = Answers.dataAnswer(MINUTE);
        assertThat(answer.text())
                .isEqualTo("QN=20250301101500123;ST=91;CN=9014;PW=123456;MN=AAPP0001UNIT1;Flag=4;CP=&&&&");
        assertThat(answer.answerRequested()).isFalse();
        assertThat(answer.version()).isEqualTo(ProtocolVersion.HJ212_2017);
        Frame framed = FrameReader.frames(FrameWriter.frame(answer)).get(0);
        assertThat(framed.intact()).isTrue();
    }

    @Test
    void theRequestAnswerSaysWhy() {
        assertThat(Answers.requestAnswer(MINUTE, QnRtn.WRONG_PASSWORD).cp()).isEqualTo("QnRtn=3");
        assertThat(Answers.requestAnswer(MINUTE, QnRtn.WRONG_MN).cp()).isEqualTo("QnRtn=4");
        assertThat(Answers.requestAnswer(MINUTE, QnRtn.WRONG_CRC).cp()).isEqualTo("QnRtn=9");
        assertThat(Answers.requestAnswer(MINUTE, QnRtn.READY).cn()).isEqualTo("9011");
    }
}
