package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.DowntimeEntry;
import org.carbonmrv.api.monitoring.DowntimeKind;
import org.carbonmrv.api.monitoring.view.QaSeverity;
import org.carbonmrv.monitoring.operatinglog.OperatingDays;
import org.carbonmrv.monitoring.plan.MeterCalibrations;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MoreChecksTest {

    static QaInput input(
            Map<String, Map<String, Map<YearMonth, Long>>> counts,
            List<QaInput.ValuesWhileDown> whileDown,
            List<QaInput.OutOfRange> outOfRange) {
        return new QaInput(
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 3, 31),
                List.of("furnace-1"),
                Map.of(),
                counts,
                List.of(),
                List.of(),
                whileDown,
                outOfRange);
    }

    @Test
    void findsAMonthMissingFromASeries() {
        Map<YearMonth, Long> lng = new HashMap<>(Map.of(YearMonth.of(2019, 1), 1L, YearMonth.of(2019, 3), 1L));
        var findings = new GapCheck().run(input(Map.of("Q_FF", Map.of("lng", lng)), List.of(), List.of()));
        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("Q_FF lng 2019-02"));
    }

    @Test
    void reportsValuesRecordedWhileTheUnitWasDown() {
        var findings = new ValuesWhileDownCheck()
                .run(input(
                        Map.of(),
                        List.of(new QaInput.ValuesWhileDown(
                                "q_HFC23_inlet", "furnace-1", 42, new BigDecimal("0.042"), "2019-02-10T00:00:00Z")),
                        List.of()));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(QaSeverity.WARNING);
            assertThat(f.message()).contains("42 reading(s)").contains("furnace-1");
        });
    }

    @Test
    void findsRedundantMetersThatDisagreeBeyondTheirAccuracy() {
        YearMonth march = YearMonth.of(2019, 3);
        Map<String, Map<String, Map<YearMonth, BigDecimal>>> totals = Map.of(
                "q_HFC23_inlet",
                Map.of(
                        "A1", Map.of(march, new BigDecimal("10.00"), YearMonth.of(2019, 1), new BigDecimal("10.00")),
                        "A2", Map.of(march, new BigDecimal("10.20"), YearMonth.of(2019, 1), new BigDecimal("10.05"))));
        List<MeterCalibrations> meters = List.of(
                new MeterCalibrations(
                        "A1", "q", List.of("furnace-1"), List.of(), List.of(), "± 0.35%", "inlet-1", null, null),
                new MeterCalibrations(
                        "A2", "q", List.of("furnace-1"), List.of(), List.of(), "±0.35%", "inlet-1", null, null));
        var input = new QaInput(
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 3, 31),
                List.of("furnace-1"),
                totals,
                Map.of(),
                List.of(),
                meters,
                List.of(),
                List.of());
        assertThat(new RedundantMetersCheck().run(input)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("inlet-1 2019-03");
            assertThat(f.message()).contains("1.96 %").contains("0.7 %");
        });
        List<MeterCalibrations> a2FromApril = List.of(
                meters.get(0),
                new MeterCalibrations(
                        "A2",
                        "q",
                        List.of("furnace-1"),
                        List.of(),
                        List.of(),
                        "±0.35%",
                        "inlet-1",
                        LocalDate.of(2019, 4, 1),
                        null));
        assertThat(new RedundantMetersCheck()
                        .run(new QaInput(
                                LocalDate.of(2019, 1, 1),
                                LocalDate.of(2019, 3, 31),
                                List.of("furnace-1"),
                                totals,
                                Map.of(),
                                List.of(),
                                a2FromApril,
                                List.of(),
                                List.of())))
                .as("a meter not yet in the plan in force is not compared")
                .isEmpty();
    }

    @Test
    void reportsBypassAndVentingButDoesNotCountThemAsShutdowns() {
        var bypass = new DowntimeEntry(
                "furnace-1",
                LocalDateTime.of(2019, 3, 1, 0, 0),
                LocalDateTime.of(2019, 3, 2, 6, 0),
                false,
                null,
                "log p.7",
                DowntimeKind.BYPASS);
        var input = new QaInput(
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 3, 31),
                List.of("furnace-1"),
                Map.of(),
                Map.of(),
                List.of(bypass),
                List.of(),
                List.of(),
                List.of());
        assertThat(new BypassVentingCheck().run(input))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.message()).contains("bypass at furnace-1").contains("1800 min"));
        assertThat(OperatingDays.operatingDays(List.of(bypass), "furnace-1", YearMonth.of(2019, 3)))
                .isEqualTo(31);
    }

    @Test
    void reportsValuesOutsideThePlausibleRange() {
        var findings = new OutOfRangeCheck()
                .run(input(
                        Map.of(),
                        List.of(),
                        List.of(new QaInput.OutOfRange(
                                "p_HFC23_gen",
                                "gc",
                                1,
                                new BigDecimal("9.5"),
                                new BigDecimal("9.5"),
                                new BigDecimal("90"),
                                new BigDecimal("100")))));
        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("90..100").contains("lowest 9.5"));
    }
}
