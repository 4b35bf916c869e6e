package org.carbonmrv.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorizationHeaderTokenTest {

    /** Spring Security's own rule (DefaultBearerTokenResolver), which the loop must agree with. */
    private static final Pattern SPRING =
            Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);

    @Test
    void aBearerTokenIsTheTextAfterTheScheme() {
        assertThat(AuthorizationHeaderToken.of("Bearer abc.DEF-ghi_~+/9==")).isEqualTo("abc.DEF-ghi_~+/9==");
        assertThat(AuthorizationHeaderToken.of("bearer x")).isEqualTo("x");
        assertThat(AuthorizationHeaderToken.of("BEARER x")).isEqualTo("x");
    }

    @Test
    void anotherSchemeOrNoHeaderIsNoBearerToken() {
        assertThat(AuthorizationHeaderToken.of(null)).isNull();
        assertThat(AuthorizationHeaderToken.of("Basic dXNlcjpwYXNz")).isNull();
        assertThat(AuthorizationHeaderToken.of("")).isNull();
    }

    @Test
    void aMalformedBearerTokenIsRefused() {
        for (String header : new String[] {
            "Bearer",
            "Bearer ",
            "Bearer  x",
            "Bearer a b",
            "Bearer a=b",
            "Bearer ===",
            "Bearerx",
            "Bearer\tx",
            "Bearer ä",
            "Bearer x\n"
        }) {
            assertThat(SPRING.matcher(header).matches()).as(header).isFalse();
            assertThatThrownBy(() -> AuthorizationHeaderToken.of(header))
                    .as(header)
                    .isInstanceOf(OAuth2AuthenticationException.class);
        }
    }

    @Test
    void agreesWithSpringsExpressionOnEveryShortHeader() {
        String alphabet = "aZ9-._~+/= \tä";
        StringBuilder header = new StringBuilder();
        for (int a = 0; a < alphabet.length(); a++) {
            for (int b = 0; b < alphabet.length(); b++) {
                for (int c = 0; c < alphabet.length(); c++) {
                    header.setLength(0);
                    header.append("Bearer ")
                            .append(alphabet.charAt(a))
                            .append(alphabet.charAt(b))
                            .append(alphabet.charAt(c));
                    String value = header.toString();
                    boolean spring = SPRING.matcher(value).matches();
                    if (spring) {
                        assertThat(AuthorizationHeaderToken.of(value)).as(value).isEqualTo(value.substring(7));
                    } else {
                        assertThatThrownBy(() -> AuthorizationHeaderToken.of(value))
                                .as(value);
                    }
                }
            }
        }
    }
}
