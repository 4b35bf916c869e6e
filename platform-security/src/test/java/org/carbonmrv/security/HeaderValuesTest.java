package org.carbonmrv.security;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderValuesTest {

    /** Spring Security's firewall rule for header values, which the loop must agree with. */
    private static final Pattern SPRING = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void agreesWithSpringsExpressionOnEveryCharacterOfTheBasicPlaneAndOnSurrogatePairs() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String value = "a" + (char) c + "b";
            assertThat(HeaderValues.allowed(value))
                    .as("U+%04X", c)
                    .isEqualTo(SPRING.matcher(value).matches());
        }
        for (String value : new String[] {"😀", "\uD83D", "x\uDE00", new String(Character.toChars(0xE0001)), "𝄞 ok"}) {
            assertThat(HeaderValues.allowed(value))
                    .as(value)
                    .isEqualTo(SPRING.matcher(value).matches());
        }
    }

    @Test
    void refusesControlCharacters() {
        assertThat(HeaderValues.allowed("Bearer abc")).isTrue();
        assertThat(HeaderValues.allowed("a\r\nb")).isFalse();
        assertThat(HeaderValues.allowed("a\u0000")).isFalse();
        assertThat(HeaderValues.allowed("")).isTrue();
        assertThat(HeaderValues.allowed(null)).as("a header that is absent").isTrue();
    }
}
