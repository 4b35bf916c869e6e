package org.carbonmrv.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.carbonmrv.security.AuthorizationHeaderToken;
import org.carbonmrv.security.VerifiedTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

import java.util.List;

/** The service's reading of a request's token: from the Authorization header, each signature verified once. */
final class PlatformTokens implements JwtDecoder, BearerTokenResolver {

    private final NimbusJwtDecoder verifier;
    private final VerifiedTokens verified;

    PlatformTokens(String jwkSetUri, List<String> audiences) {
        this.verified = new VerifiedTokens(VerifiedTokens.forAudiences(audiences));
        this.verifier = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        verifier.setJwtValidator(verified.claims());
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.remembered(token);
        return known != null ? known : verified.remember(token, verifier.decode(token));
    }

    @Override
    public String resolve(HttpServletRequest request) {
        return AuthorizationHeaderToken.of(request.getHeader(HttpHeaders.AUTHORIZATION));
    }
}
