package org.carbonmrv.registry.register;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    record Row(String beneficiary, long quantity) {}

    @Test
    void aBeneficiaryThatASpreadsheetWouldRunIsShownNotRun() {
        assertThat(Csv.field("=HYPERLINK(\"http://evil\",\"click\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(Csv.field("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(Csv.field("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("\tTAB")).isEqualTo("'\tTAB");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(Csv.field(-5L)).isEqualTo("-5");
        assertThat(Csv.field("Zhejiang Provincial Government")).isEqualTo("Zhejiang Provincial Government");
        assertThat(Csv.of(Row.class, List.of(new Row("=1+1", 100L))))
                .isEqualTo("beneficiary,quantity\r\n'=1+1,100\r\n");
    }

    @Test
    void quotesAndCommasAndLineBreaksAreQuotedOnce() {
        assertThat(Csv.of(Row.class, List.of(new Row("lab, \"retest\"\nline 2", 1L))))
                .isEqualTo("beneficiary,quantity\r\n\"lab, \"\"retest\"\"\nline 2\",1\r\n");
        assertThat(Csv.of(Row.class, List.of())).isEqualTo("beneficiary,quantity\r\n");
    }
}
