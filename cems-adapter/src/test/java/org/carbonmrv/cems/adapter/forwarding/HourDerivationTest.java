package org.carbonmrv.cems.adapter.forwarding;

import org.carbonmrv.cems.adapter.inbox.FrameInbox;
import org.carbonmrv.cems.validity.DerivedHour;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HourDerivationTest {

    private static final LocalDateTime HOUR = LocalDateTime.of(2024, 5, 1, 7, 0);

    private static FrameInbox.StoredFrame minute(int m, String n2o, String flag) {
        return new FrameInbox.StoredFrame(
                "2051",
                HOUR.plusMinutes(m),
                "QN=1;ST=31;CN=2051;PW=1;MN=M;Flag=5;CP=&&DataTime=2024050107" + String.format("%02d", m)
                        + "00;N2O-Avg=" + n2o + ",N2O-Flag=" + flag + ";Qgas-Avg=100000,Qgas-Flag=N&&");
    }

    @Test
    void theMinutesMakeTheHourAndTheLoggersOwnHourIsKeptBeside() {
        List<FrameInbox.StoredFrame> frames = new ArrayList<>();
        for (int m = 0; m < 60; m++) {
            frames.add(minute(m, m < 10 ? "999" : "500", m < 10 ? "C" : "N"));
        }
        frames.add(
                new FrameInbox.StoredFrame(
                        "2061",
                        HOUR,
                        "QN=2;ST=31;CN=2061;PW=1;MN=M;Flag=5;CP=&&DataTime=20240501070000;N2O-Avg=525,N2O-Flag=N;O2-Avg=3.1&&"));

        HourForwarder.Hour hour = HourForwarder.derive(HOUR, frames);

        assertThat(hour.channels()).extracting(DerivedHour::code).containsExactly("N2O", "Qgas", "O2");
        DerivedHour n2o = hour.channels().get(0);
        assertThat(n2o.value()).isEqualByComparingTo("500");
        assertThat(n2o.flag()).isEqualTo("N");
        assertThat(n2o.validMinutes()).isEqualTo(50);
        assertThat(n2o.minutesReported()).isEqualTo(60);
        assertThat(n2o.loggerValue()).isEqualByComparingTo("525");
        DerivedHour o2 = hour.channels().get(2);
        assertThat(o2.minutesReported())
                .as("only the logger's hour: taken as it is")
                .isZero();
        assertThat(o2.value()).isEqualByComparingTo("3.1");
        assertThat(o2.flag()).isEqualTo("N");
    }

    @Test
    void aMinuteWithoutAReadableValueCountsAsAMissingMinute() {
        List<FrameInbox.StoredFrame> frames = new ArrayList<>();
        for (int m = 0; m < 60; m++) {
            frames.add(minute(m, m < 20 ? "n/a" : "500", "N"));
        }

        DerivedHour n2o = HourForwarder.derive(HOUR, frames).channels().get(0);

        assertThat(n2o.validMinutes()).isEqualTo(40);
        assertThat(n2o.flag()).as("an invalid hour is never flagged N").isEqualTo("B");
        assertThat(n2o.value()).isEqualByComparingTo("500");
    }
}
