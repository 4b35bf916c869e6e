package org.carbonmrv.portal.pages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void theWholePartIsGroupedAndTheFractionKeptDigitForDigit() {
        assertThat(Figures.grouped("4000366")).isEqualTo("4,000,366");
        assertThat(Figures.grouped("470.42268")).isEqualTo("470.42268");
        assertThat(Figures.grouped("1946.560")).isEqualTo("1,946.560");
        assertThat(Figures.grouped("-239318")).isEqualTo("-239,318");
        assertThat(Figures.grouped("100")).isEqualTo("100");
        assertThat(Figures.grouped("0.0704")).isEqualTo("0.0704");
    }

    @Test
    void whatIsNoDecimalStaysAsItIs() {
        assertThat(Figures.grouped("1.2E+3")).isEqualTo("1.2E+3");
        assertThat(Figures.grouped("")).isEmpty();
        assertThat(Figures.grouped(null)).isNull();
    }
}
