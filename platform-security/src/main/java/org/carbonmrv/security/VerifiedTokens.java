package org.carbonmrv.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Tokens whose signature was verified, remembered by their text: a client sends the same token
 * with every request for minutes, and the RSA check was most of what a small read cost. The
 * claims (expiry, not-before, audience) are validated again at every use, so a remembered token
 * is refused the moment it expires.
 */
public final class VerifiedTokens {

    private static final int CAPACITY = 10_000;
    private static final Duration KEPT = Duration.ofMinutes(10);

    private final OAuth2TokenValidator<Jwt> claims;
    private final Cache<String, Jwt> verified =
            Caffeine.newBuilder().maximumSize(CAPACITY).expireAfterWrite(KEPT).build();

    public VerifiedTokens(OAuth2TokenValidator<Jwt> claims) {
        this.claims = claims;
    }

    /** The platform's rules: within the token's lifetime, and issued for one of these audiences. */
    public static OAuth2TokenValidator<Jwt> forAudiences(Collection<String> audiences) {
        List<String> accepted = List.copyOf(audiences);
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefault(),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && !Collections.disjoint(aud, accepted)));
    }

    public OAuth2TokenValidator<Jwt> claims() {
        return claims;
    }

    /** The token as verified before, its claims checked again now; null when it was not verified before. */
    public Jwt remembered(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            return null;
        }
        OAuth2TokenValidatorResult result = claims.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("the token is no longer valid", result.getErrors());
        }
        return known;
    }

    /** A token whose signature and claims the decoder has just verified. */
    public Jwt remember(String token, Jwt jwt) {
        verified.put(token, jwt);
        return jwt;
    }
}
