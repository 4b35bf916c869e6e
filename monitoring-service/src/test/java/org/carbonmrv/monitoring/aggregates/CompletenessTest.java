package org.carbonmrv.monitoring.aggregates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class CompletenessTest {

    @ParameterizedTest
    @CsvSource({
        "P1M, 2019-02, 1",
        "P7D, 2019-02, 4",
        "P7D, 2019-01, 5",
        "P1D, 2019-04, 30",
        "PT1H, 2019-02, 672",
        "PT1M, 2019-01, 44640"
    })
    void countsTheReadingsAMonthShouldHold(String frequency, String month, long expected) {
        assertThat(Completeness.expected(frequency, YearMonth.parse(month))).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({"weekly GC sample", "P1Y"})
    void givesNoCountForAFrequencyItCannotCount(String frequency) {
        assertThat(Completeness.expected(frequency, YearMonth.of(2019, 1))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"4, 5, 0.8000", "5, 5, 1.0000", "7, 5, 1.0000", "2, 3, 0.6666"})
    void theShareIsRoundedDownAndNeverAboveOne(long present, long expected, String share) {
        assertThat(Completeness.share(present, expected).toPlainString()).isEqualTo(share);
    }
}
