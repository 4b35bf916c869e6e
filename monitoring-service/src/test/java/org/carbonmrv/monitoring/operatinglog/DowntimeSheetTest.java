package org.carbonmrv.monitoring.operatinglog;

import org.carbonmrv.platform.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DowntimeCsvTest {

    @Test
    void readsAQuotedReferenceWithItsCommasWhole() {
        var entries = DowntimeCsv.parse("""
                unitId,from,to,productionStopped,statedDurationMinutes,reference
                furnace-1,2019-03-01T08:00,2019-03-01T20:00,yes,720,"table 3, row 7 (""planned"")"
                """);
        assertThat(entries).hasSize(1);
        var entry = entries.get(0);
        assertThat(entry.reference()).isEqualTo("table 3, row 7 (\"planned\")");
        assertThat(entry.from()).isEqualTo(LocalDateTime.of(2019, 3, 1, 8, 0));
        assertThat(entry.statedDurationMinutes()).isEqualTo(720);
    }

    @Test
    void aQuoteLeftOpenIsAMalformedUpload() {
        assertThatThrownBy(() ->
                        DowntimeCsv.parse("unitId,from,to,productionStopped\nfurnace-1,\"2019-03-01T08:00,x,yes\n"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("cannot be read as CSV");
    }
}
