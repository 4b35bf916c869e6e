package org.carbonmrv.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The gateway checks tokens too (defence in depth): only health, the API docs and the public
 * registry views pass without one. The services check again, and decide who may do what.
 */
@Configuration
@EnableWebFluxSecurity
public class GatewaySecurity {

    @Bean
    SecurityWebFilterChain gatewayChain(ServerHttpSecurity http) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .authorizeExchange(auth -> auth.pathMatchers(
                                "/actuator/health/**", "/actuator/health", "/actuator/info")
                        .permitAll()
                        .pathMatchers(
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/webjars/**",
                                "/v3/api-docs/**",
                                "/api/*/api-docs/**")
                        .permitAll()
                        .pathMatchers(
                                "/api/projects/public/**", "/api/registry/public/**", "/api/calculations/public/**")
                        .permitAll()
                        .anyExchange()
                        .authenticated())
                .oauth2ResourceServer(o -> o.jwt(jwt -> {}))
                .build();
    }
}
