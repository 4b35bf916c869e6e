package org.carbonmrv.portal.pages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingSpanTest {

    @Test
    void aMonthInShanghaiIsItsFirstAndLastDay() {
        assertThat(ReadingSpan.of("2019-04-30T16:00:00Z", "2019-05-31T16:00:00Z", "Asia/Shanghai"))
                .isEqualTo("2019-05-01 – 2019-05-31");
    }

    @Test
    void oneDayIsThatDay() {
        assertThat(ReadingSpan.of("2019-02-13T16:00:00Z", "2019-02-14T16:00:00Z", "Asia/Shanghai"))
                .isEqualTo("2019-02-14");
    }

    @Test
    void anHourIsItsLocalTimesWithTheEndExcluded() {
        assertThat(ReadingSpan.of("2021-04-01T00:00:00Z", "2021-04-01T01:00:00Z", "Asia/Shanghai"))
                .isEqualTo("2021-04-01 08:00 – 09:00");
        assertThat(ReadingSpan.of("2021-04-01T15:00:00Z", "2021-04-01T16:00:00Z", "Asia/Shanghai"))
                .isEqualTo("2021-04-01 23:00 – 2021-04-02 00:00");
    }
}
