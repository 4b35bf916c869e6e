package org.carbonmrv.gateway;

import org.carbonmrv.security.AuthorizationHeaderToken;
import org.carbonmrv.security.VerifiedTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;

/** The gateway's reading of a request's token: from the Authorization header, each signature verified once. */
final class GatewayTokens implements ReactiveJwtDecoder, ServerAuthenticationConverter {

    private final NimbusReactiveJwtDecoder verifier;
    private final VerifiedTokens verified;

    GatewayTokens(String jwkSetUri, List<String> audiences) {
        this.verified = new VerifiedTokens(VerifiedTokens.forAudiences(audiences));
        this.verifier = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
        verifier.setJwtValidator(verified.claims());
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return Mono.defer(() -> {
            Jwt known = verified.remembered(token);
            return known != null ? Mono.just(known) : verifier.decode(token).map(jwt -> verified.remember(token, jwt));
        });
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return Mono.fromCallable(() -> AuthorizationHeaderToken.of(
                        exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)))
                .map(BearerTokenAuthenticationToken::new);
    }
}
