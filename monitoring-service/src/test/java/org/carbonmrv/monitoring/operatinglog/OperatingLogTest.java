package org.carbonmrv.monitoring.operatinglog;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.carbonmrv.api.monitoring.DowntimeEntry;
import org.carbonmrv.api.monitoring.DowntimeRecordedEvent;
import org.carbonmrv.api.monitoring.RecordDowntimeCommand;
import org.carbonmrv.platform.problem.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

class OperatingLogTest {

    static final String LOG = OperatingLog.idOf("p1");
    static final DowntimeEntry AUGUST = new DowntimeEntry(
            "furnace-1",
            LocalDateTime.parse("2019-08-01T00:00"),
            LocalDateTime.parse("2019-08-11T00:00"),
            false,
            null,
            "r1");
    static final DowntimeEntry OVERLAPPING = new DowntimeEntry(
            "furnace-1",
            LocalDateTime.parse("2019-08-10T00:00"),
            LocalDateTime.parse("2019-08-12T00:00"),
            false,
            null,
            "r2");
    static final DowntimeEntry SEPTEMBER = new DowntimeEntry(
            "furnace-1",
            LocalDateTime.parse("2019-09-01T00:00"),
            LocalDateTime.parse("2019-09-02T00:00"),
            false,
            null,
            "r3");

    AggregateTestFixture<OperatingLog> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OperatingLog.class);
    }

    static RecordDowntimeCommand record(boolean dryRun, DowntimeEntry... entries) {
        return new RecordDowntimeCommand(LOG, "p1", "Asia/Shanghai", List.of(entries), dryRun);
    }

    @Test
    void aDryRunOnAnEmptyLogRecordsNothingAndCountsTheNewRows() {
        fixture.givenNoPriorActivity()
                .when(record(true, AUGUST, SEPTEMBER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2);
    }

    @Test
    void aDryRunChecksAgainstTheLogAsRecordingWould() {
        fixture.given(new DowntimeRecordedEvent(LOG, "p1", "Asia/Shanghai", List.of(AUGUST)))
                .when(record(true, OVERLAPPING))
                .expectException(DomainException.class)
                .expectNoEvents();
        fixture.given(new DowntimeRecordedEvent(LOG, "p1", "Asia/Shanghai", List.of(AUGUST)))
                .when(record(true, AUGUST, SEPTEMBER))
                .expectNoEvents()
                .expectResultMessagePayload(1);
    }

    @Test
    void recordingLogsOnlyWhatIsNew() {
        fixture.given(new DowntimeRecordedEvent(LOG, "p1", "Asia/Shanghai", List.of(AUGUST)))
                .when(record(false, AUGUST, SEPTEMBER))
                .expectEvents(new DowntimeRecordedEvent(LOG, "p1", "Asia/Shanghai", List.of(SEPTEMBER)))
                .expectResultMessagePayload(1);
    }
}
