package org.carbonmrv.monitoring.readings;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.carbonmrv.api.monitoring.CorrectReadingCommand;
import org.carbonmrv.api.monitoring.ReadingBatchRecordedEvent;
import org.carbonmrv.api.monitoring.ReadingCorrectedEvent;
import org.carbonmrv.api.monitoring.RecordReadingBatchCommand;
import org.carbonmrv.api.monitoring.UploadFormat;
import org.carbonmrv.platform.problem.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

class ReadingBatchTest {

    static final String DIGEST = "d".repeat(64);
    static final ReadingBatchRecordedEvent RECORDED =
            new ReadingBatchRecordedEvent("b1", "p1", "rp", DIGEST, UploadFormat.JSON, 203, List.of("Q_FF"), DIGEST);

    AggregateTestFixture<ReadingBatch> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReadingBatch.class);
    }

    static CorrectReadingCommand correct(String expected, String value) {
        return new CorrectReadingCommand(
                "b1",
                "p1",
                7L,
                "Q_FF",
                "lng",
                new BigDecimal("5.21804"),
                new BigDecimal(expected),
                new BigDecimal(value),
                "t",
                "meter read twice",
                "DCS export 2019-08");
    }

    @Test
    void recordsABatchWithItsDigest() {
        fixture.givenNoPriorActivity()
                .when(new RecordReadingBatchCommand(
                        "b1", "p1", "rp", DIGEST, UploadFormat.JSON, 203, List.of("Q_FF"), DIGEST))
                .expectEvents(RECORDED);
    }

    @Test
    void aCorrectionIsANewEventNamingThePreviousValue() {
        fixture.given(RECORDED)
                .when(correct("5.21804", "5.20000"))
                .expectEvents(new ReadingCorrectedEvent(
                        "b1",
                        "p1",
                        7L,
                        "Q_FF",
                        "lng",
                        new BigDecimal("5.21804"),
                        new BigDecimal("5.20000"),
                        "t",
                        "meter read twice",
                        "DCS export 2019-08"));
    }

    @Test
    void aSecondCorrectionStartsFromTheFirst() {
        fixture.given(
                        RECORDED,
                        new ReadingCorrectedEvent(
                                "b1",
                                "p1",
                                7L,
                                "Q_FF",
                                "lng",
                                new BigDecimal("5.21804"),
                                new BigDecimal("5.20000"),
                                "t",
                                "r",
                                "e"))
                .when(correct("5.20000", "5.21804"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesACorrectionBasedOnAStaleValue() {
        fixture.given(
                        RECORDED,
                        new ReadingCorrectedEvent(
                                "b1",
                                "p1",
                                7L,
                                "Q_FF",
                                "lng",
                                new BigDecimal("5.21804"),
                                new BigDecimal("5.20000"),
                                "t",
                                "r",
                                "e"))
                .when(correct("5.21804", "5.1"))
                .expectException(DomainException.class)
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionThatChangesNothing() {
        fixture.given(RECORDED).when(correct("5.21804", "5.218040")).expectException(DomainException.class);
    }
}
