package org.carbonmrv.registry.serials;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CarSerialFormatTest {

    private final CarSerialFormat format = new CarSerialFormat();

    @Test
    void writesEveryAttributeInTheProgrammesOrder() {
        assertThat(format.format(
                        new SerialBlock("CMRV", "VCU", "CN", "1", "HFC23", "LINHAICHEM", "ZJ", 2019, 1, 1, 3_999_500)))
                .isEqualTo("CMRV-VCU-CN-1-HFC23-LINHAICHEM-ZJ-2019-1-1 to 3999500");
    }

    @Test
    void keepsThePositionsWhenAFieldHasHyphensOrIsUnknown() {
        assertThat(format.format(new SerialBlock(
                        "CMRV", "VCU", null, null, "CM-010", "linhai-chem", "", 2019, 2, 3_999_501, 4_000_000)))
                .isEqualTo("CMRV-VCU-X-X-CM010-LINHAICHEM-X-2019-2-3999501 to 4000000")
                .matches("([A-Z0-9]+-){9}\\d+ to \\d+");
    }

    @Test
    void rendersWhatTheProjectRegisterKnowsWithTheConfiguredCodes() {
        SerialNumbers numbers = new SerialNumbers("CMRV", "VCU", Map.of("CM-010", "HFC23"));
        assertThat(numbers.render(
                        new SerialNumbers.ProjectFacts(7, "CN", "ZJ", "CM-010", "linhai-chem"), 2019, 3, 101, 200))
                .isEqualTo("CMRV-VCU-CN-7-HFC23-LINHAICHEM-ZJ-2019-3-101 to 200");
    }
}
