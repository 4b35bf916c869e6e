package org.carbonmrv.cems.logger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoggerPasswordTest {

    @Test
    void theSamePasswordMatchesItsHashAndNoOtherDoes() {
        String stored = LoggerPassword.hash("123456");

        assertThat(stored).startsWith("pbkdf2-sha256$60000$").doesNotContain("123456");
        assertThat(LoggerPassword.matches("123456", stored)).isTrue();
        assertThat(LoggerPassword.matches("123457", stored)).isFalse();
        assertThat(LoggerPassword.matches("", stored)).isFalse();
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertThat(LoggerPassword.hash("123456")).isNotEqualTo(LoggerPassword.hash("123456"));
    }

    @Test
    void aHashOfAnotherFormMatchesNothing() {
        assertThat(LoggerPassword.matches("123456", "123456")).isFalse();
        assertThat(LoggerPassword.matches("123456", "md5$1$a$b")).isFalse();
        assertThat(LoggerPassword.matches("123456", "pbkdf2-sha256$x$a$b")).isFalse();
        assertThat(LoggerPassword.matches("123456", null)).isFalse();
    }
}
