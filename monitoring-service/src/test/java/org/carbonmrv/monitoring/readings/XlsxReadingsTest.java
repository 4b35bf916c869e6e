package org.carbonmrv.monitoring.readings;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.api.monitoring.UploadFormat;
import org.carbonmrv.platform.problem.DomainException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DCS reports exported from Excel: text, number and date cells as plants write them. */
class XlsxReadingsTest {

    static byte[] workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "DCS", "1.0");
        Worksheet ws = wb.newWorksheet("readings");
        String[] header = {"Parameter", "Source", "From", "To", "Value", "Unit"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        ws.value(1, 0, "q_HFC23_gen");
        ws.value(1, 1, "tail-gas");
        ws.value(1, 2, LocalDate.of(2019, 1, 1));
        ws.style(1, 2).format("yyyy-mm-dd").set();
        ws.value(1, 3, LocalDate.of(2019, 1, 31));
        ws.style(1, 3).format("yyyy-mm-dd").set();
        ws.value(1, 4, new BigDecimal("39.32579"));
        ws.value(1, 5, "t");
        ws.value(2, 0, "q_HFC23_gen");
        ws.value(2, 1, "m01");
        ws.value(2, 2, LocalDateTime.of(2019, 3, 1, 10, 15));
        ws.style(2, 2).format("yyyy-mm-dd hh:mm").set();
        ws.value(2, 3, "2019-03-01T10:16");
        ws.value(2, 4, 0.0009);
        ws.value(2, 5, "t");
        ws.value(3, 0, "Q_FF");
        ws.value(3, 1, "lng");
        ws.value(3, 2, "2019-04-01");
        ws.value(3, 3, "2019-04-30");
        ws.value(3, 4, 0.1 + 0.2);
        ws.value(3, 5, "t");
        wb.finish();
        return out.toByteArray();
    }

    @Test
    void readsTextNumbersAndDatesOfTheFirstSheet() throws IOException {
        List<RawReading> rows = Uploads.parse(workbook(), UploadFormat.XLSX, new ObjectMapper());
        assertThat(rows)
                .containsExactly(
                        new RawReading(1, "q_HFC23_gen", "tail-gas", "2019-01-01", "2019-01-31", "39.32579", "t", null),
                        new RawReading(
                                2, "q_HFC23_gen", "m01", "2019-03-01T10:15", "2019-03-01T10:16", "0.0009", "t", null),
                        new RawReading(3, "Q_FF", "lng", "2019-04-01", "2019-04-30", "0.3", "t", null));
        var outcome = ReadingRulesTest.Outcome.of(ReadingRulesTest.RULES, rows);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.readings()).hasSize(3);
    }

    @Test
    void refusesAFileThatIsNoWorkbook() {
        assertThatThrownBy(() -> Uploads.parse(
                        "parameter,source\n".getBytes(StandardCharsets.UTF_8), UploadFormat.XLSX, new ObjectMapper()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("not a readable XLSX");
    }
}
