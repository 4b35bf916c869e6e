package org.carbonmrv.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.carbonmrv.api.calculation.FindingAnsweredEvent;
import org.carbonmrv.api.calculation.FindingClosedEvent;
import org.carbonmrv.api.calculation.FindingKind;
import org.carbonmrv.api.calculation.FindingRaisedEvent;
import org.carbonmrv.api.calculation.ReductionReportApprovedEvent;
import org.carbonmrv.api.calculation.ReductionReportMarkedStaleEvent;
import org.carbonmrv.api.calculation.ReductionReportRejectedEvent;
import org.carbonmrv.api.calculation.ReductionsCalculatedEvent;
import org.carbonmrv.api.calculation.ReportSubmittedForVerificationEvent;
import org.carbonmrv.api.calculation.TraceLine;
import org.carbonmrv.api.monitoring.CalibrationRecordedEvent;
import org.carbonmrv.api.monitoring.CriticalQaFindingClearedEvent;
import org.carbonmrv.api.monitoring.CriticalQaFindingRaisedEvent;
import org.carbonmrv.api.monitoring.DowntimeEntry;
import org.carbonmrv.api.monitoring.DowntimeKind;
import org.carbonmrv.api.monitoring.DowntimeRecordedEvent;
import org.carbonmrv.api.monitoring.Meter;
import org.carbonmrv.api.monitoring.MeterSubstitutionRecordedEvent;
import org.carbonmrv.api.monitoring.MonitoringPlanDeclaredEvent;
import org.carbonmrv.api.monitoring.PlanParameter;
import org.carbonmrv.api.monitoring.QaFindingAcknowledgedEvent;
import org.carbonmrv.api.monitoring.ReadingBatchRecordedEvent;
import org.carbonmrv.api.monitoring.ReadingCorrectedEvent;
import org.carbonmrv.api.monitoring.UploadFormat;
import org.carbonmrv.api.project.DestructionUnit;
import org.carbonmrv.api.project.Facility;
import org.carbonmrv.api.project.Location;
import org.carbonmrv.api.project.ProductionLine;
import org.carbonmrv.api.project.ProjectListedEvent;
import org.carbonmrv.api.project.ProjectRejectedEvent;
import org.carbonmrv.api.project.ProjectSubmittedEvent;
import org.carbonmrv.api.project.ReportingPeriodOpenedEvent;
import org.carbonmrv.api.project.VerifierAssignedEvent;
import org.carbonmrv.api.quantity.Quantity;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.api.registry.AccountClosedEvent;
import org.carbonmrv.api.registry.AccountKind;
import org.carbonmrv.api.registry.AccountOpenedEvent;
import org.carbonmrv.api.registry.AccountReinstatedEvent;
import org.carbonmrv.api.registry.AccountRenamedEvent;
import org.carbonmrv.api.registry.AccountSerials;
import org.carbonmrv.api.registry.AccountSuspendedEvent;
import org.carbonmrv.api.registry.CancellationKind;
import org.carbonmrv.api.registry.CreditsCancelledEvent;
import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.carbonmrv.api.registry.CreditsRetiredEvent;
import org.carbonmrv.api.registry.CreditsReversedEvent;
import org.carbonmrv.api.registry.CreditsTransferredEvent;
import org.carbonmrv.api.registry.IssuanceRequestWithdrawnEvent;
import org.carbonmrv.api.registry.IssuanceRequestedEvent;
import org.carbonmrv.api.registry.LiabilitySettledEvent;
import org.carbonmrv.api.registry.SerialRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event survives the event store's JSON unchanged, decimals to the last digit, and carries a revision. */
class EventSerialisationTest {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    static final JacksonSerializer SERIALIZER =
            JacksonSerializer.builder().objectMapper(MAPPER).build();
    static final String DIGEST = "c".repeat(64);

    static List<Object> events() {
        Facility facility = new Facility(
                List.of(new ProductionLine("A", new BigDecimal("7500.0"))),
                List.of(new DestructionUnit("furnace-1", "1#炉")));
        return List.of(
                new ProjectSubmittedEvent(
                        "p1",
                        "Linhai",
                        "CM-010",
                        "V01",
                        "linhai-chem",
                        facility,
                        "Asia/Shanghai",
                        LocalDate.of(2019, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        new Location("CN", "CN-ZJ")),
                new ProjectListedEvent("p1"),
                new ProjectRejectedEvent("p1", "incomplete"),
                new ReportingPeriodOpenedEvent("p1", "rp", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)),
                new VerifierAssignedEvent("p1", "rp", "cqc"),
                new ReadingBatchRecordedEvent(
                        "b1", "p1", "rp", DIGEST, UploadFormat.JSON, 203, List.of("D_f", "Q_FF"), DIGEST),
                new ReductionsCalculatedEvent(
                        "r1",
                        "p1",
                        "rp",
                        "linhai-chem",
                        2019,
                        1,
                        "CM-010",
                        "V01",
                        DIGEST,
                        Map.of("ER_y", "3999500"),
                        List.of(new TraceLine("PE_y", "Σ", Map.of("PE_ND", "335.09"), "866", "tCO2e", "up")),
                        Map.of("ER_y", new ReductionsCalculatedEvent.FigureChange("3999548", "3999500"))),
                new ReportSubmittedForVerificationEvent("r1", "p1", 1, DIGEST),
                new ReductionReportApprovedEvent(
                        "r1",
                        "p1",
                        "rp",
                        1,
                        DIGEST,
                        "CM-010",
                        "V01",
                        "linhai-chem",
                        "cqc",
                        2019,
                        new Quantity(new BigDecimal("3999500.00"), Unit.TONNE_CO2E),
                        null),
                new ReductionReportRejectedEvent("r1", "p1", 1, "LNG factor", "cqc"),
                new CreditsIssuedEvent(
                        "issuance-r1",
                        "r1",
                        1,
                        "p1",
                        "linhai-chem",
                        "holding:linhai-chem",
                        2019,
                        3_999_500,
                        1,
                        3_999_500,
                        "CM-010",
                        "V01",
                        DIGEST),
                new DowntimeRecordedEvent(
                        "log",
                        "p1",
                        "Asia/Shanghai",
                        List.of(
                                new DowntimeEntry(
                                        "furnace-1",
                                        LocalDateTime.of(2019, 1, 1, 0, 0),
                                        LocalDateTime.of(2019, 1, 9, 8, 25),
                                        true,
                                        12025,
                                        "table 3 row 1"),
                                new DowntimeEntry(
                                        "furnace-1",
                                        LocalDateTime.of(2019, 3, 1, 8, 0),
                                        LocalDateTime.of(2019, 3, 1, 9, 0),
                                        false,
                                        null,
                                        null,
                                        DowntimeKind.BYPASS))),
                new ReadingCorrectedEvent(
                        "b1",
                        "p1",
                        7L,
                        "Q_FF",
                        "lng",
                        new BigDecimal("5.21804"),
                        new BigDecimal("5.20000"),
                        "t",
                        "re-read",
                        "DCS"),
                new MonitoringPlanDeclaredEvent(
                        "plan",
                        "p1",
                        1,
                        LocalDate.of(2019, 1, 1),
                        List.of(new PlanParameter(
                                "Q_FF", "LNG", "液化天然气", "t", "meter", "P1M", "sum", null, new BigDecimal("100"))),
                        List.of(new Meter(
                                "8A0CAE02000",
                                "vortex",
                                null,
                                "±0.75%",
                                null,
                                "Q_FF",
                                List.of("furnace-1"),
                                null,
                                null))),
                new CalibrationRecordedEvent(
                        "plan",
                        "p1",
                        "8A0CAE02000",
                        LocalDate.of(2019, 2, 15),
                        LocalDate.of(2020, 2, 14),
                        "cert",
                        "Zhejiang Institute of Metrology"),
                new MeterSubstitutionRecordedEvent(
                        "plan",
                        "p1",
                        "0561",
                        "0417",
                        LocalDate.of(2019, 6, 5),
                        LocalDate.of(2019, 7, 30),
                        "recalibration"),
                new QaFindingAcknowledgedEvent(
                        "plan", "p1", "rp", "f1", "operating-days-vs-log", "furnace-1 2019-08", "conservative"),
                new CriticalQaFindingRaisedEvent(
                        "plan",
                        "p1",
                        "rp",
                        "f2",
                        "reused-batch",
                        "batch b1",
                        "the batch's content was recorded under project p2",
                        Map.of("otherProject", "p2")),
                new CriticalQaFindingClearedEvent("plan", "p1", "rp", "f2", "reused-batch", "batch b1"),
                new FindingRaisedEvent("r1", "p1", "f1", 1, FindingKind.NON_CONFORMITY, "EF_CO2_FF", "不符合项-1", "cqc"),
                new FindingAnsweredEvent("r1", "p1", "f1", "corrected"),
                new FindingClosedEvent("r1", "p1", "f1", "checked"),
                new ReductionReportMarkedStaleEvent("r1", "p1", 1, "reading 7 corrected"),
                new CreditsTransferredEvent(
                        "t1", "holding:a", "holding:b", List.of(new SerialRange(3_998_501, 3_999_500)), 1000),
                new CreditsRetiredEvent(
                        "x1",
                        "holding:b",
                        List.of(new SerialRange(3_999_001, 3_999_500)),
                        500,
                        "Juhua",
                        "voluntary",
                        null,
                        "CN"),
                new CreditsCancelledEvent(
                        "c1",
                        "holding:a",
                        List.of(new SerialRange(1, 100)),
                        100,
                        CancellationKind.ADMINISTRATIVE,
                        "error"),
                new AccountOpenedEvent("holding:a:1", "a", AccountKind.HOLDING, "pool"),
                new IssuanceRequestedEvent(
                        "issuance-r1-v2", "r1", 2, "p1", "linhai-chem", 2019, 3_999_500, "CM-010", "V01", DIGEST),
                new AccountRenamedEvent("holding:a:1", "offset pool"),
                new AccountSuspendedEvent("holding:a", "inquiry"),
                new AccountReinstatedEvent("holding:a", "cleared"),
                new AccountClosedEvent("holding:a", "empty"),
                new CreditsReversedEvent(
                        "reversal-r1-v3",
                        "r1",
                        2,
                        3,
                        "p1",
                        "linhai-chem",
                        2019,
                        500,
                        List.of(new AccountSerials(
                                "holding:linhai-chem", List.of(new SerialRange(3_999_101, 3_999_500)))),
                        400,
                        100,
                        "version 3 supersedes version 2"),
                new IssuanceRequestWithdrawnEvent("issuance-r1-v2", "r1", "issuance-r1-v3", "superseded"),
                new LiabilitySettledEvent(
                        "s1",
                        "r1",
                        "linhai-chem",
                        "holding:linhai-chem",
                        List.of(new SerialRange(5_000_001, 5_000_100)),
                        100,
                        0));
    }

    @ParameterizedTest
    @MethodSource("events")
    void survivesTheEventStoreUnchanged(Object event) {
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(event, byte[].class);
        assertThat(serialized.getType().getRevision())
                .isEqualTo(event.getClass().getAnnotation(Revision.class).value());
        Object read = SERIALIZER.deserialize(serialized);
        assertThat(read).isEqualTo(event);
    }

    @Test
    void keepsTheScaleOfDecimals() {
        var approved = (ReductionReportApprovedEvent) events().get(8);
        String json = new String(SERIALIZER.serialize(approved, byte[].class).getData());
        assertThat(json).contains("\"value\":\"3999500.00\"").contains("\"unit\":\"tCO2e\"");
    }

    @Test
    void readsAShutdownLoggedBeforeEntriesHadAKind() {
        String before = "{\"operatingLogId\":\"log\",\"projectId\":\"p1\",\"timeZone\":\"Asia/Shanghai\",\"entries\":"
                + "[{\"unitId\":\"furnace-1\",\"from\":\"2019-01-01T00:00:00\",\"to\":\"2019-01-02T00:00:00\","
                + "\"productionStopped\":true,\"statedDurationMinutes\":1440,\"reference\":null}]}";
        DowntimeRecordedEvent event = SERIALIZER.deserialize(new SimpleSerializedObject<>(
                before.getBytes(), byte[].class, DowntimeRecordedEvent.class.getName(), "1"));
        assertThat(event.entries().get(0).kind()).isEqualTo(DowntimeKind.SHUTDOWN);
        assertThat(event.entries().get(0).isShutdown()).isTrue();
    }

    @Test
    void readsABatchStoredWhenItsFormatWasText() {
        String stored = "{\"batchId\":\"b1\",\"projectId\":\"p1\",\"reportingPeriodId\":\"rp\",\"sha256\":\"" + DIGEST
                + "\",\"format\":\"xlsx\",\"rowCount\":12,\"parameters\":[\"Q_FF\"]}";
        ReadingBatchRecordedEvent event = SERIALIZER.deserialize(new SimpleSerializedObject<>(
                stored.getBytes(), byte[].class, ReadingBatchRecordedEvent.class.getName(), "1"));
        assertThat(event.format()).isEqualTo(UploadFormat.XLSX);
        assertThat(new String(SERIALIZER.serialize(event, byte[].class).getData()))
                .as("and is written as before")
                .contains("\"format\":\"xlsx\"");
    }

    @Test
    void writesTheKindOfACancellationAsStoredEventsHoldIt() {
        var cancelled = new CreditsCancelledEvent(
                "c1", "holding:a", List.of(new SerialRange(1, 100)), 100, CancellationKind.COMPLIANCE, "ETS");
        assertThat(new String(SERIALIZER.serialize(cancelled, byte[].class).getData()))
                .contains("\"kind\":\"compliance\"");
    }

    @Test
    void writesTheKindOfADowntimeAsStoredEventsHoldIt() {
        var bypass = (DowntimeRecordedEvent) events().stream()
                .filter(DowntimeRecordedEvent.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(new String(SERIALIZER.serialize(bypass, byte[].class).getData()))
                .contains("\"kind\":\"bypass\"");
    }

    @Test
    void everyEventTypeHasARevision() {
        events().forEach(e -> assertThat(e.getClass().getAnnotation(Revision.class))
                .as(e.getClass().getSimpleName())
                .isNotNull());
    }
}
