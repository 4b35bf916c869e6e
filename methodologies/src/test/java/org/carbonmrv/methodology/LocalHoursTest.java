package org.carbonmrv.methodology;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class LocalHoursTest {

    @Test
    void withoutDaylightSavingElapsedHoursAreLocalHours() {
        LocalHours shanghai = new LocalHours(
                ZoneId.of("Asia/Shanghai"), LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.of(2026, 1, 1, 0, 0));
        assertThat(shanghai.localHour(0)).isZero();
        assertThat(shanghai.localHour(8759)).isEqualTo(8759);
    }

    @Test
    void acrossDaylightSavingTheWallClockHourIsKept() {
        // Berlin, March 2025: 02:00 on the 30th does not exist; 03:00 CEST comes 2 elapsed hours after 00:00 CET
        LocalHours berlin = new LocalHours(
                ZoneId.of("Europe/Berlin"), LocalDateTime.of(2025, 3, 30, 0, 0), LocalDateTime.of(2025, 11, 1, 0, 0));
        assertThat(berlin.localHour(1)).as("01:00 CET").isEqualTo(1);
        assertThat(berlin.localHour(2)).as("03:00 CEST").isEqualTo(3);
        // 26 October: 02:00–03:00 happens twice; the first 02:00 CEST and the 03:00 CET after both are on the grid
        long elapsedToOctober26 = Duration.between(
                        LocalDateTime.of(2025, 3, 30, 0, 0).atZone(ZoneId.of("Europe/Berlin")),
                        LocalDateTime.of(2025, 10, 26, 0, 0).atZone(ZoneId.of("Europe/Berlin")))
                .toHours();
        long localToOctober26 = Duration.between(
                        LocalDateTime.of(2025, 3, 30, 0, 0), LocalDateTime.of(2025, 10, 26, 0, 0))
                .toHours();
        assertThat(berlin.localHour(elapsedToOctober26)).isEqualTo(localToOctober26);
        assertThat(berlin.localHour(elapsedToOctober26 + 4)).as("03:00 CET").isEqualTo(localToOctober26 + 3);
    }

    @Test
    void countsFromThePeriodsFirstLocalHour() {
        LocalHours shanghai = new LocalHours(
                ZoneId.of("Asia/Shanghai"), LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.of(2026, 1, 1, 0, 0));
        // 2024-12-31T16:00Z is 2025-01-01 00:00 in Shanghai
        assertThat(shanghai.localHourStartingAt(1735660800L))
                .as("00:00 on 1 January")
                .isZero();
        assertThat(shanghai.localHourStartingAt(1735660800L + 5 * 3600))
                .as("05:00 on 1 January")
                .isEqualTo(5);
        LocalHours berlin = new LocalHours(
                ZoneId.of("Europe/Berlin"), LocalDateTime.of(2025, 3, 30, 0, 0), LocalDateTime.of(2025, 4, 1, 0, 0));
        long threeCest = LocalDateTime.of(2025, 3, 30, 3, 0)
                .atZone(ZoneId.of("Europe/Berlin"))
                .toEpochSecond();
        assertThat(berlin.localHourStartingAt(threeCest))
                .as("a value of 03:00 CEST, the hour after 01:00 CET")
                .isEqualTo(3);
    }
}
