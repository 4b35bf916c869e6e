package org.carbonmrv.gateway;

import org.carbonmrv.security.HeaderValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import java.util.List;

/**
 * The gateway checks tokens too (defence in depth): only health, the API docs, the public
 * registry views and the portal's pages (which have their own sign-in) pass without one. The services check again, and decide who may do what.
 */
@Configuration
@EnableWebFluxSecurity
public class GatewaySecurity {

    /**
     * Tokens of the platform's realm, for the platform's audience, within their lifetime; each
     * signature verified once.
     */
    @Bean
    GatewayTokens gatewayTokens(
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences) {
        return new GatewayTokens(jwkSetUri, audiences);
    }

    /** Spring's firewall with its header rule checked by a loop instead of a regular expression. */
    @Bean
    ServerWebExchangeFirewall headerFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(HeaderValues::allowed);
        return firewall;
    }

    @Bean
    SecurityWebFilterChain gatewayChain(ServerHttpSecurity http, GatewayTokens tokens) {
        // no sessions here, so no logout of the gateway's own: POST /logout goes on to the portal
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(
                        auth -> auth.pathMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                                .permitAll()
                                .pathMatchers(
                                        "/swagger-ui.html",
                                        "/swagger-ui/**",
                                        "/webjars/**",
                                        "/v3/api-docs/**",
                                        "/api/*/api-docs/**")
                                .permitAll()
                                .pathMatchers(
                                        "/api/projects/public/**",
                                        "/api/registry/public/**",
                                        "/api/calculations/public/**",
                                        "/api/audit/public/**")
                                .permitAll()
                                // the portal's pages: the portal signs its users in and sends their tokens to the API
                                .pathMatchers(
                                        "/",
                                        "/registry",
                                        "/registry/**",
                                        "/projects/**",
                                        "/accounts/**",
                                        "/issuance-requests/**",
                                        "/reports/**",
                                        "/webhooks",
                                        "/webhooks/**",
                                        "/portal-assets/**",
                                        "/oauth2/**",
                                        "/login/**",
                                        "/logout",
                                        "/error")
                                .permitAll()
                                .anyExchange()
                                .authenticated())
                .oauth2ResourceServer(o -> o.bearerTokenConverter(tokens).jwt(jwt -> jwt.jwtDecoder(tokens)))
                .build();
    }
}
