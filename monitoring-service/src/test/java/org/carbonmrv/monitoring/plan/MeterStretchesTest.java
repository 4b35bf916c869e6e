package org.carbonmrv.monitoring.plan;

import org.carbonmrv.api.monitoring.Meter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeterStretchesTest {

    private static Meter meter(String serial, String accuracy) {
        return new Meter(serial, "mass flow", null, accuracy, null, "q_HFC23_inlet", List.of("furnace-1"), null, null);
    }

    private static MonitoringPlanProjection.PlanView plan(int version, String effectiveFrom, Meter... meters) {
        return new MonitoringPlanProjection.PlanView(
                version, LocalDate.parse(effectiveFrom), List.of(), List.of(meters));
    }

    @Test
    void eachVersionIsInForceUntilTheNextOnesEffectiveDateAndTheFirstFromTheBeginning() {
        var versions = PlanInForce.of(List.of(plan(1, "2019-01-01"), plan(2, "2019-07-01")));
        assertThat(versions).extracting(PlanInForce::from).containsExactly(null, LocalDate.of(2019, 7, 1));
        assertThat(versions).extracting(PlanInForce::until).containsExactly(LocalDate.of(2019, 7, 1), null);
        assertThat(versions.get(0).overlaps(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31)))
                .isFalse();
        assertThat(versions.get(1).overlaps(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 7, 1)))
                .isTrue();
    }

    @Test
    void aMeterReplacedInTheSecondVersionHasTheDaysOfEachVersion() {
        var stretches = MeterCalibrations.stretches(PlanInForce.of(List.of(
                plan(1, "2019-01-01", meter("OLD", "±0.5%"), meter("KEPT", "±0.5%")),
                plan(2, "2019-07-01", meter("KEPT", "±0.35%"), meter("NEW", "±0.35%")))));
        assertThat(stretches)
                .extracting(s -> s.meter().serial() + " " + s.from() + ".." + s.to())
                .containsExactlyInAnyOrder("OLD null..2019-06-30", "KEPT null..null", "NEW 2019-07-01..null");
        assertThat(stretches)
                .filteredOn(s -> s.meter().serial().equals("KEPT"))
                .singleElement()
                .satisfies(s -> assertThat(s.meter().accuracy())
                        .as("as the latest version states it")
                        .isEqualTo("±0.35%"));
    }

    @Test
    void aMeterThatLeavesAndComesBackHasTwoStretches() {
        var stretches = MeterCalibrations.stretches(PlanInForce.of(List.of(
                plan(1, "2019-01-01", meter("M", null)),
                plan(2, "2019-04-01"),
                plan(3, "2019-09-01", meter("M", null)))));
        assertThat(stretches)
                .extracting(s -> s.from() + ".." + s.to())
                .containsExactly("null..2019-03-31", "2019-09-01..null");
    }
}
