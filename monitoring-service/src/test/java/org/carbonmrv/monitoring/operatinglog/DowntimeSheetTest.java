package org.carbonmrv.monitoring.operatinglog;

import org.carbonmrv.platform.problem.DomainException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DowntimeSheetTest {

    @Test
    void readsAQuotedReferenceWithItsCommasWhole() {
        var entries = DowntimeSheet.fromCsv("""
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
                        DowntimeSheet.fromCsv("unitId,from,to,productionStopped\nfurnace-1,\"2019-03-01T08:00,x,yes\n"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("cannot be read as CSV");
    }

    /** The log as a shift supervisor keeps it in Excel: date-time cells, a date alone, a number of minutes. */
    @Test
    void readsTheFirstSheetOfAWorkbookWithDateCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "operating log", "1.0");
        Worksheet ws = wb.newWorksheet("2019");
        String[] header = {"Unit ID", "From", "To", "Production stopped", "Stated duration minutes", "Reference"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        ws.value(1, 0, "furnace-1");
        ws.value(1, 1, LocalDateTime.of(2019, 3, 1, 8, 0));
        ws.style(1, 1).format("yyyy-mm-dd hh:mm").set();
        ws.value(1, 2, LocalDateTime.of(2019, 3, 1, 20, 0));
        ws.style(1, 2).format("yyyy-mm-dd hh:mm").set();
        ws.value(1, 3, "是");
        ws.value(1, 4, 720);
        ws.value(1, 5, "shift log p. 12");
        ws.value(2, 0, "furnace-2");
        ws.value(2, 1, LocalDate.of(2019, 4, 2));
        ws.style(2, 1).format("yyyy-mm-dd").set();
        ws.value(2, 2, "2019-04-03T06:30");
        ws.value(2, 3, "no");
        wb.finish();

        var entries = DowntimeSheet.fromXlsx(new ByteArrayInputStream(out.toByteArray()));

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).unitId()).isEqualTo("furnace-1");
        assertThat(entries.get(0).from()).isEqualTo(LocalDateTime.of(2019, 3, 1, 8, 0));
        assertThat(entries.get(0).to()).isEqualTo(LocalDateTime.of(2019, 3, 1, 20, 0));
        assertThat(entries.get(0).productionStopped()).isTrue();
        assertThat(entries.get(0).statedDurationMinutes()).isEqualTo(720);
        assertThat(entries.get(0).reference()).isEqualTo("shift log p. 12");
        assertThat(entries.get(1).from())
                .as("a date alone is its midnight")
                .isEqualTo(LocalDateTime.of(2019, 4, 2, 0, 0));
        assertThat(entries.get(1).productionStopped()).isFalse();
    }

    @Test
    void aFileThatIsNoWorkbookIsAMalformedUpload() {
        assertThatThrownBy(() -> DowntimeSheet.fromXlsx(
                        new ByteArrayInputStream("unitId,from,to".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("not a readable XLSX workbook");
    }
}
