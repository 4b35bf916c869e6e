package org.carbonmrv.cems.validity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DerivedHourTest {

    private static final LocalDateTime HOUR = LocalDateTime.of(2025, 3, 1, 5, 0);

    private static List<MinuteValue> minutes(int count, String value, String flag) {
        List<MinuteValue> minutes = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            minutes.add(new MinuteValue(HOUR.plusMinutes(m), new BigDecimal(value), flag));
        }
        return minutes;
    }

    @Test
    void aValidHourIsTheMeanOfItsValidMinutesFlaggedN() {
        List<MinuteValue> minutes = minutes(50, "100", "N");
        minutes.add(new MinuteValue(HOUR.plusMinutes(55), new BigDecimal("999"), "C"));

        DerivedHour hour = DerivedHour.of("a21001", HOUR, minutes, new BigDecimal("100.0"), "N");

        assertThat(hour.value()).isEqualByComparingTo("100");
        assertThat(hour.flag()).isEqualTo("N");
        assertThat(hour.validMinutes()).isEqualTo(50);
        assertThat(hour.minutesReported()).isEqualTo(51);
        assertThat(hour.calibrationMinutes()).isEqualTo(1);
        assertThat(hour.disagrees(new BigDecimal("0.01"))).isFalse();
    }

    @Test
    void anInvalidHourCarriesTheFlagMostOfItsInvalidMinutesCarry() {
        List<MinuteValue> minutes = minutes(40, "100", "N");
        for (int m = 40; m < 60; m++) {
            minutes.add(new MinuteValue(HOUR.plusMinutes(m), new BigDecimal("50"), m < 55 ? "C" : "M"));
        }

        DerivedHour hour = DerivedHour.of("a21001", HOUR, minutes, null, null);

        assertThat(hour.flag()).isEqualTo("C");
        assertThat(hour.validMinutes()).isEqualTo(40);
        // the mean of every minute with a value: (40 x 100 + 20 x 50) / 60
        assertThat(hour.value()).isEqualByComparingTo("83.3333333333");
    }

    @Test
    void anHourOfTooFewMinutesAllValidIsACommunicationFault() {
        DerivedHour hour = DerivedHour.of("a21001", HOUR, minutes(44, "100", "N"), null, null);

        assertThat(hour.flag()).isEqualTo("B");
        assertThat(hour.validMinutes()).isEqualTo(44);
    }

    @Test
    void withoutMinutesTheLoggersHourIsTaken() {
        DerivedHour hour = DerivedHour.of("a21001", HOUR, List.of(), new BigDecimal("12.5"), "D");

        assertThat(hour.value()).isEqualByComparingTo("12.5");
        assertThat(hour.flag()).isEqualTo("D");
        assertThat(hour.minutesReported()).isZero();
        assertThat(DerivedHour.of("a21001", HOUR, List.of(), new BigDecimal("12.5"), null)
                        .flag())
                .isEqualTo("N");
        assertThatThrownBy(() -> DerivedHour.of("a21001", HOUR, List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLoggersHourDisagreesWhenItsValueOrValidityDiffers() {
        List<MinuteValue> valid = minutes(60, "100", "N");

        assertThat(DerivedHour.of("c", HOUR, valid, new BigDecimal("100.5"), "N")
                        .disagrees(new BigDecimal("0.01")))
                .isFalse();
        assertThat(DerivedHour.of("c", HOUR, valid, new BigDecimal("102"), "N").disagrees(new BigDecimal("0.01")))
                .isTrue();
        assertThat(DerivedHour.of("c", HOUR, valid, new BigDecimal("100"), "D").disagrees(new BigDecimal("0.01")))
                .isTrue();
        assertThat(DerivedHour.of("c", HOUR, minutes(30, "100", "N"), new BigDecimal("100"), "N")
                        .disagrees(new BigDecimal("0.01")))
                .isTrue();
    }
}
