package org.carbonmrv.monitoring.qa;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LoggerHoursCheckTest {

    private static QaInput input(QaInput.LoggerChannelHours... channels) {
        return new QaInput(
                LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 31),
                List.of("N2O-abatement"),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(channels));
    }

    private static QaInput.LoggerChannelHours channel(
            String mn, String meter, long hours, long missing, long invalid, long disagreeing, long calibrating) {
        return new QaInput.LoggerChannelHours(
                mn,
                "N2O",
                "C_N2O_in",
                meter,
                hours,
                missing,
                invalid,
                invalid > 0 ? "2024-05-01 05:00:00" : null,
                disagreeing,
                disagreeing > 0 ? "2024-05-01 07:00:00" : null,
                calibrating,
                calibrating > 0 ? "2024-05-01 02:00:00" : null);
    }

    @Test
    void aLoggerWithNothingWrongRaisesNothing() {
        assertThat(new LoggerHoursCheck().run(input(channel("M1", "CEMS-in", 744, 0, 0, 0, 0))))
                .isEmpty();
    }

    @Test
    void missingInvalidDisagreeingAndUnregisteredCalibrationHoursAreWarnings() {
        List<Finding> findings = new LoggerHoursCheck()
                .run(input(channel("M1", "CEMS-in", 744, 0, 3, 2, 0), channel("M2", null, 700, 44, 0, 0, 31)));

        assertThat(findings)
                .extracting(Finding::check)
                .containsExactly(
                        LoggerHoursCheck.INVALID,
                        LoggerHoursCheck.DISAGREEING,
                        LoggerHoursCheck.MISSING,
                        LoggerHoursCheck.CALIBRATION);
        assertThat(findings).allSatisfy(f -> assertThat(f.severity().name()).isEqualTo("WARNING"));
        assertThat(findings.get(0).message()).contains("3 of 744 hour(s)", "2024-05-01 05:00:00");
        assertThat(findings.get(1).data()).containsEntry("hours", "2").containsEntry("first", "2024-05-01 07:00:00");
        assertThat(findings.get(2).data()).containsEntry("missingHours", "44");
        assertThat(findings.get(3).message()).contains("names no meter");
        assertThat(findings.get(3).data()).containsEntry("hours", "31").containsEntry("meter", "");
    }
}
