package org.carbonmrv.monitoring.qa;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.monitoring.view.QaFindingStatus;
import org.carbonmrv.api.monitoring.view.QaSeverity;
import org.carbonmrv.monitoring.LinhaiSource;
import org.carbonmrv.monitoring.plan.MeterCalibrations;
import org.carbonmrv.monitoring.plan.MeterCalibrations.Calibration;
import org.carbonmrv.monitoring.plan.MeterCalibrations.Substitution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks find on the Linhai 2019 data what the verifier's cross-checks (checks.md) found. */
class LinhaiChecksTest {

    static List<Finding> findings;

    @BeforeAll
    static void runTheChecks() {
        JsonNode source = LinhaiSource.json();
        Map<String, Map<String, Map<YearMonth, BigDecimal>>> totals = new HashMap<>();
        for (JsonNode month : source.get("monthly")) {
            YearMonth m = YearMonth.parse(month.get("month").asText());
            month.get("operating_days_reported")
                    .fields()
                    .forEachRemaining(e -> totals.computeIfAbsent("D_f", k -> new HashMap<>())
                            .computeIfAbsent(e.getKey(), k -> new HashMap<>())
                            .put(m, new BigDecimal(e.getValue().asText())));
            month.get("inlet_gas_mass_t")
                    .fields()
                    .forEachRemaining(e -> totals.computeIfAbsent("q_HFC23_inlet", k -> new HashMap<>())
                            .computeIfAbsent(e.getKey(), k -> new HashMap<>())
                            .put(m, new BigDecimal(e.getValue().asText())));
        }
        List<MeterCalibrations> meters = new ArrayList<>();
        for (JsonNode meter : source.get("meters")) {
            String id = meter.get("id").asText();
            List<Calibration> calibrations = new ArrayList<>();
            for (JsonNode c : source.get("calibrations")) {
                if (c.get("meter").asText().equals(id)) {
                    calibrations.add(new Calibration(
                            LocalDate.parse(c.get("calibrated_on").asText()),
                            LocalDate.parse(c.get("valid_until").asText()),
                            null));
                }
            }
            List<Substitution> substitutions = id.equals("0561")
                    ? List.of(new Substitution("0417", LocalDate.of(2019, 6, 5), LocalDate.of(2019, 7, 30)))
                    : List.of();
            meters.add(new MeterCalibrations(
                    id,
                    meter.get("measures").asText(),
                    LinhaiSource.serves(meter),
                    calibrations,
                    substitutions,
                    meter.path("accuracy").asText(null),
                    null,
                    null,
                    null));
        }
        findings = QaChecks.run(new QaInput(
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31),
                List.of("furnace-1", "furnace-2"),
                totals,
                Map.of(),
                LinhaiSource.downtime(),
                meters,
                List.of(),
                List.of()));
    }

    static List<Finding> of(String check) {
        return findings.stream().filter(f -> f.check().equals(check)).toList();
    }

    @Test
    void findsTheAugustOperatingDaysDisagreementAndCallsTheReportedFigureConservative() {
        assertThat(of(OperatingDaysCheck.ID)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("furnace-1 2019-08");
            assertThat(f.severity()).isEqualTo(QaSeverity.WARNING);
            assertThat(f.data()).containsEntry("reported", "21").containsEntry("derived", "20");
            assertThat(f.message()).contains("conservative");
        });
    }

    @Test
    void findsTheSixDowntimeRowsWhoseStatedDurationIsWrong() {
        assertThat(of(DowntimeDurationCheck.ID))
                .hasSize(6)
                .extracting(f -> f.data().get("unit") + " " + f.data().get("from"))
                .containsExactlyInAnyOrder(
                        "furnace-1 2019-08-09T14:25",
                        "furnace-1 2019-12-24T12:42",
                        "furnace-2 2019-01-01T00:00",
                        "furnace-2 2019-01-31T10:22",
                        "furnace-2 2019-08-09T14:00",
                        "furnace-2 2019-08-19T13:35");
    }

    @Test
    void findsJanuaryInletGasBookedOnTheFurnaceThatWasDown() {
        assertThat(of(GasWhileUnitDownCheck.ID))
                .singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("furnace-1 2019-01"));
    }

    @Test
    void acceptsEveryCalibrationLapseAndSaysWhy() {
        List<Finding> lapses = of(CalibrationCheck.ID).stream()
                .filter(f -> f.data().containsKey("from"))
                .toList();
        assertThat(lapses)
                .extracting(Finding::subject)
                .containsExactlyInAnyOrder(
                        "0561 2019-06-06..2019-07-29",
                        "8A0CA302000 2019-02-09..2019-02-14",
                        "K902B718000 2019-02-09..2019-02-14",
                        "K902B818000 2019-02-09..2019-02-14",
                        "8A0CAE02000 2019-02-09..2019-02-14",
                        "KA064F18000 2019-02-09..2019-02-14");
        assertThat(lapses).allSatisfy(f -> assertThat(f.status()).isEqualTo(QaFindingStatus.ACCEPTED));
        assertThat(lapses)
                .filteredOn(f -> f.subject().startsWith("0561"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("meter 0417 measured in its place"));
        assertThat(lapses)
                .filteredOn(f -> f.subject().startsWith("K902B7"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("shutdown of what it serves (furnace-2)"));
    }

    @Test
    void flagsTheStandInScaleWithoutCalibrationAndNothingCritical() {
        assertThat(of(CalibrationCheck.ID))
                .filteredOn(f -> f.subject().equals("0417 no calibration"))
                .hasSize(1);
        assertThat(findings).noneMatch(f -> f.severity() == QaSeverity.CRITICAL);
    }

    @Test
    void aLapseWhileThePlantRunsIsCritical() {
        var meter = new MeterCalibrations(
                "X1",
                "q",
                List.of("furnace-1"),
                List.of(
                        new Calibration(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 2, 28), null),
                        new Calibration(LocalDate.of(2019, 3, 10), LocalDate.of(2020, 3, 9), null)),
                List.of(),
                null,
                null,
                null,
                null);
        var result = QaChecks.run(new QaInput(
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31),
                List.of("furnace-1"),
                Map.of(),
                Map.of(),
                LinhaiSource.downtime(),
                List.of(meter),
                List.of(),
                List.of()));
        assertThat(result)
                .filteredOn(f -> f.check().equals(CalibrationCheck.ID))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(QaSeverity.CRITICAL);
                    assertThat(f.subject()).isEqualTo("X1 2019-03-01..2019-03-09");
                });
    }

    @Test
    void aMeterIsCheckedOnlyWhileAPlanInForceHasIt() {
        List<Calibration> fromApril =
                List.of(new Calibration(LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31), null));
        var newMeter = new MeterCalibrations(
                "N1", "q", List.of("furnace-1"), fromApril, List.of(), null, null, LocalDate.of(2019, 4, 1), null);
        var oldMeter = new MeterCalibrations(
                "O1",
                "q",
                List.of("furnace-1"),
                List.of(new Calibration(LocalDate.of(2018, 6, 1), LocalDate.of(2019, 3, 31), null)),
                List.of(),
                null,
                null,
                null,
                LocalDate.of(2019, 3, 31));
        var result = QaChecks.run(new QaInput(
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31),
                List.of("furnace-1"),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(newMeter, oldMeter),
                List.of(),
                List.of()));
        assertThat(result)
                .filteredOn(f -> f.check().equals(CalibrationCheck.ID))
                .as("the new meter before it joined the plan, the old one after it left: neither is a lapse")
                .isEmpty();

        var leftTooLate = new MeterCalibrations(
                "O1",
                "q",
                List.of("furnace-1"),
                oldMeter.calibrations(),
                List.of(),
                null,
                null,
                null,
                LocalDate.of(2019, 4, 30));
        assertThat(QaChecks.run(new QaInput(
                        LocalDate.of(2019, 1, 1),
                        LocalDate.of(2019, 12, 31),
                        List.of("furnace-1"),
                        Map.of(),
                        Map.of(),
                        List.of(),
                        List.of(leftTooLate),
                        List.of(),
                        List.of())))
                .filteredOn(f -> f.check().equals(CalibrationCheck.ID))
                .singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("O1 2019-04-01..2019-04-30"));
    }
}
