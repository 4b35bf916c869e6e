package org.carbonmrv.api.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimalsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "2.64",
                "-0.0561",
                "3999500",
                "1.2345e3",
                "+7",
                ".5",
                "100000.5",
                "0.00000000000000000001",
                "1.000000000000000000000000000000"
            })
    void acceptsWhatAPlantReports(String text) {
        assertThat(Decimals.parse(text)).isEqualByComparingTo(new BigDecimal(text.trim()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e20000000", "1e309", "1e41", "١٢٣", "NaN", "0x1A"})
    void refusesHostileNumbersBetweenServicesToo(String text) {
        assertThatThrownBy(() -> Decimals.parseExchanged(text))
                .isInstanceOf(NumberFormatException.class)
                .hasMessage(Decimals.EXCHANGED_RULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1083.33333333333333333333333", "3999500", "0.0000000000000000000000000001"})
    void acceptsWhatServicesExchange(String text) {
        assertThat(Decimals.parseExchanged(text)).isEqualByComparingTo(new BigDecimal(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1e20000000",
                "1e309",
                "1E25",
                "1e-21",
                "١٢٣",
                "１２３",
                "12,5",
                "0x1A",
                "NaN",
                "Infinity",
                "",
                " ",
                "1.2.3",
                "1e",
                "--1",
                "123456789012345678901234567890123456789"
            })
    void refusesHostileAndMalformedNumbers(String text) {
        assertThatThrownBy(() -> Decimals.parse(text))
                .isInstanceOf(NumberFormatException.class)
                .hasMessage(Decimals.RULE);
    }
}
