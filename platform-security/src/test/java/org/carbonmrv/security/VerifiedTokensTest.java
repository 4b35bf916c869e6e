package org.carbonmrv.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private final VerifiedTokens tokens = new VerifiedTokens(VerifiedTokens.forAudiences(List.of("carbon-mrv")));

    private static Jwt token(String text, Instant expiresAt, String audience) {
        return Jwt.withTokenValue(text)
                .header("alg", "RS256")
                .subject("linhai-owner")
                .audience(List.of(audience))
                .issuedAt(expiresAt.minusSeconds(300))
                .expiresAt(expiresAt)
                .build();
    }

    @Test
    void aTokenNotVerifiedBeforeIsNotKnown() {
        assertThat(tokens.remembered("never seen")).isNull();
    }

    @Test
    void aVerifiedTokenIsKnownByItsText() {
        Jwt jwt = token("t1", Instant.now().plusSeconds(300), "carbon-mrv");
        tokens.remember("t1", jwt);
        assertThat(tokens.remembered("t1")).isSameAs(jwt);
        assertThat(tokens.remembered("t1 ")).isNull();
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        // beyond the validator's 60 s of clock skew
        tokens.remember("t2", token("t2", Instant.now().minusSeconds(120), "carbon-mrv"));
        assertThatThrownBy(() -> tokens.remembered("t2"))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("no longer valid");
        assertThat(tokens.remembered("t2")).isNull();
    }

    @Test
    void theClaimsRefuseAnotherAudience() {
        assertThat(tokens.claims()
                        .validate(token("t3", Instant.now().plusSeconds(300), "admin-cli"))
                        .hasErrors())
                .isTrue();
        assertThat(tokens.claims()
                        .validate(token("t3", Instant.now().plusSeconds(300), "carbon-mrv"))
                        .hasErrors())
                .isFalse();
    }
}
