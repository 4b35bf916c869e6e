package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationLapsesTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 6, 1);

    private static JsonNode meter(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void calibrationsThatFollowEachOtherLeaveNoLapseUntilTheLastRunsOut() throws Exception {
        JsonNode meter = meter("""
                {"meterId":"FT-1","inPlanFrom":null,"inPlanTo":null,"calibrations":[
                 {"performedOn":"2019-01-31","validUntil":"2020-01-30"},
                 {"performedOn":"2018-02-01","validUntil":"2019-01-31"}]}""");

        assertThat(CalibrationLapses.of(meter, TODAY))
                .containsExactly(new CalibrationLapses.Lapse(LocalDate.of(2020, 1, 31), null));
    }

    @Test
    void aGapBetweenTwoCalibrationsIsALapseOfItsDays() throws Exception {
        JsonNode meter = meter("""
                {"meterId":"FT-NEW-1","inPlanFrom":"2019-02-01","inPlanTo":null,"calibrations":[
                 {"performedOn":"2018-02-01","validUntil":"2019-01-31"},
                 {"performedOn":"2019-03-05","validUntil":"2021-03-04"}]}""");

        assertThat(CalibrationLapses.of(meter, TODAY))
                .containsExactly(new CalibrationLapses.Lapse(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 3, 4)));
    }

    @Test
    void aMeterNeverCalibratedLapsesAllTheTimeItIsInThePlan() throws Exception {
        JsonNode meter = meter("""
                {"meterId":"FT-9","inPlanFrom":"2019-02-01","inPlanTo":"2019-05-31","calibrations":[]}""");

        assertThat(CalibrationLapses.of(meter, TODAY))
                .containsExactly(new CalibrationLapses.Lapse(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 5, 31)));
    }

    @Test
    void aMeterThatLeftThePlanWhileCalibratedHasNoLapse() throws Exception {
        JsonNode meter = meter("""
                {"meterId":"FT-2","inPlanFrom":null,"inPlanTo":"2019-05-31","calibrations":[
                 {"performedOn":"2019-01-01","validUntil":"2019-12-31"}]}""");

        assertThat(CalibrationLapses.of(meter, TODAY)).isEmpty();
    }
}
