package org.carbonmrv.registry.holdings;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void aBeneficiaryThatASpreadsheetWouldRunIsShownNotRun() {
        assertThat(Csv.field("=HYPERLINK(\"http://evil\",\"click\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"");
        assertThat(Csv.field("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(Csv.field("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("\tTAB")).isEqualTo("'\tTAB");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(Csv.field(-5L)).isEqualTo("-5");
        assertThat(Csv.field("Zhejiang Provincial Government")).isEqualTo("Zhejiang Provincial Government");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("beneficiary", "=1+1");
        row.put("quantity", 100L);
        assertThat(Csv.of(List.of(row))).isEqualTo("beneficiary,quantity\r\n'=1+1,100\r\n");
    }
}
