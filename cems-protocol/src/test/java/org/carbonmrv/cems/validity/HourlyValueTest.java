package org.carbonmrv.cems.validity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HourlyValueTest {

    private static final LocalDateTime TEN = LocalDateTime.of(2025, 3, 1, 10, 0);

    /** Minutes 0 .. count-1 of the hour at ten, each {@code value}, the first {@code flagged} of them flagged so. */
    private static List<MinuteValue> minutes(int count, String value, int flagged, String flag) {
        List<MinuteValue> minutes = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            minutes.add(new MinuteValue(TEN.plusMinutes(m), new BigDecimal(value), m < flagged ? flag : "N"));
        }
        return minutes;
    }

    @Test
    void fortyFiveValidMinutesMakeAValidHour() {
        HourlyValue hour = HourlyValue.of(minutes(60, "112.5", 15, "C")).get(0);
        assertThat(hour.valid()).isTrue();
        assertThat(hour.validMinutes()).isEqualTo(45);
        assertThat(hour.minutesReported()).isEqualTo(60);
        assertThat(hour.average()).isEqualByComparingTo("112.5");
    }

    @Test
    void fortyFourDoNot() {
        HourlyValue hour = HourlyValue.of(minutes(60, "112.5", 16, "M")).get(0);
        assertThat(hour.valid()).isFalse();
        assertThat(hour.validMinutes()).isEqualTo(44);
        assertThat(hour.average()).isNull();
        assertThat(HourlyValue.of(minutes(44, "1", 0, "N")).get(0).valid())
                .as("44 minutes reported, all normal")
                .isFalse();
    }

    @Test
    void calibrationMaintenanceFaultStoppageAndCommunicationFaultDoNotCount() {
        for (String flag : List.of("C", "M", "D", "F", "B")) {
            assertThat(new MinuteValue(TEN, BigDecimal.ONE, flag).valid())
                    .as(flag)
                    .isFalse();
        }
        assertThat(new MinuteValue(TEN, BigDecimal.ONE, "N").valid()).isTrue();
        assertThat(new MinuteValue(TEN, BigDecimal.ONE, "n").valid()).isTrue();
        assertThat(new MinuteValue(TEN, BigDecimal.ONE, "X").valid())
                .as("no flag of the set")
                .isFalse();
        assertThat(new MinuteValue(TEN, BigDecimal.ONE, null).valid()).isFalse();
        assertThat(new MinuteValue(TEN, null, "N").valid()).isFalse();
    }

    @Test
    void theHoursValueIsTheMeanOfItsValidMinutes() {
        List<MinuteValue> minutes = new ArrayList<>(minutes(50, "100", 0, "N"));
        minutes.addAll(List.of(
                new MinuteValue(TEN.plusMinutes(50), new BigDecimal("400"), "N"),
                new MinuteValue(TEN.plusMinutes(51), new BigDecimal("9999"), "C")));
        HourlyValue hour = HourlyValue.of(minutes).get(0);
        // (50 x 100 + 400) / 51; the calibration minute is left out
        assertThat(hour.average())
                .isEqualByComparingTo(new BigDecimal("5400")
                        .divide(new BigDecimal("51"), new java.math.MathContext(12, java.math.RoundingMode.HALF_EVEN)));
        assertThat(hour.validMinutes()).isEqualTo(51);
    }

    @Test
    void aMinuteReportedAgainCountsOnceAndHoursComeInOrder() {
        List<MinuteValue> minutes = new ArrayList<>(minutes(45, "10", 0, "N"));
        minutes.add(new MinuteValue(TEN.plusMinutes(44), new BigDecimal("10"), "D"));
        minutes.add(new MinuteValue(TEN.minusHours(1), new BigDecimal("5"), "N"));
        List<HourlyValue> hours = HourlyValue.of(minutes);
        assertThat(hours).extracting(HourlyValue::hour).containsExactly(TEN.minusHours(1), TEN);
        assertThat(hours.get(1).minutesReported()).isEqualTo(45);
        assertThat(hours.get(1).validMinutes())
                .as("the later report of minute 44 says fault")
                .isEqualTo(44);
        assertThat(hours.get(1).valid()).isFalse();
    }
}
