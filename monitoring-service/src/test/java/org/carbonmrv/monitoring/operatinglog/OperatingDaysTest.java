package org.carbonmrv.monitoring.operatinglog;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.monitoring.DowntimeEntry;
import org.carbonmrv.monitoring.LinhaiSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OperatingDaysTest {

    static final List<DowntimeEntry> LOG = LinhaiSource.downtime();

    @Test
    void theLinhaiLogHas66ShutdownRows() {
        assertThat(LOG).hasSize(66);
    }

    @Test
    void derivesTheReportedOperatingDaysExceptFurnaceOneInAugust() {
        int[] totals = new int[2];
        for (JsonNode month : LinhaiSource.json().get("monthly")) {
            YearMonth m = YearMonth.parse(month.get("month").asText());
            for (int u = 1; u <= 2; u++) {
                String unit = "furnace-" + u;
                int derived = OperatingDays.operatingDays(LOG, unit, m);
                totals[u - 1] += derived;
                int reported = month.get("operating_days_reported").get(unit).asInt();
                if (unit.equals("furnace-1") && m.equals(YearMonth.of(2019, 8))) {
                    assertThat(derived).isEqualTo(20);
                    assertThat(reported).isEqualTo(21);
                } else {
                    assertThat(derived).as(unit + " " + m).isEqualTo(reported);
                }
            }
        }
        assertThat(totals).containsExactly(276, 42);
    }

    @Test
    void aDaySplitBetweenTwoTouchingRowsIsAWholeShutdownDay() {
        var down = OperatingDays.fullyDownDays(OperatingDays.merged(LOG, "furnace-1"), YearMonth.of(2019, 8));
        assertThat(down).contains(LocalDate.of(2019, 8, 19)).hasSize(11);
    }

    @Test
    void knowsWhenEverythingWasStoppedDuringTheFebruaryCalibrationLapse() {
        LocalDateTime from = LocalDateTime.of(2019, 2, 9, 0, 0);
        LocalDateTime to = LocalDateTime.of(2019, 2, 15, 0, 0);
        assertThat(OperatingDays.downThroughout(LOG, "furnace-1", from, to)).isTrue();
        assertThat(OperatingDays.downThroughout(LOG, "furnace-2", from, to)).isTrue();
        assertThat(OperatingDays.productionStoppedThroughout(LOG, from, to)).isTrue();
        assertThat(OperatingDays.downThroughout(
                        LOG, "furnace-1", LocalDateTime.of(2019, 3, 1, 0, 0), LocalDateTime.of(2019, 3, 2, 0, 0)))
                .isFalse();
    }
}
