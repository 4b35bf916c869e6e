package org.carbonmrv.platform.security;

import org.carbonmrv.security.HeaderValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.List;

/**
 * Every service is an OAuth2 resource server: a valid JWT from the identity provider is needed
 * everywhere except health, the API docs and the paths a service declares public
 * ({@code mrv.security.public-paths}). Realm roles become authorities {@code ROLE_<role>}.
 */
@AutoConfiguration
@AutoConfigureBefore(SecurityAutoConfiguration.class)
@EnableWebSecurity
@EnableMethodSecurity
public class ResourceServerConfiguration {

    @Bean
    SecurityFilterChain resourceServer(
            HttpSecurity http, @Value("${mrv.security.public-paths:}") List<String> publicPaths, PlatformTokens tokens)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                            .permitAll();
                    auth.requestMatchers("/actuator/**").hasRole(Role.PLATFORM_OPERATOR);
                    auth.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/api/*/api-docs/**")
                            .permitAll();
                    publicPaths.stream()
                            .filter(p -> !p.isBlank())
                            .forEach(p -> auth.requestMatchers(p).permitAll());
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(o -> o.bearerTokenResolver(tokens)
                        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(realmRoles())));
        return http.build();
    }

    /**
     * Tokens of the platform's realm, for the platform's audience (not any client of the realm),
     * within their lifetime; each signature verified once.
     */
    @Bean
    PlatformTokens platformTokens(
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences) {
        return new PlatformTokens(jwkSetUri, audiences);
    }

    /** Spring's firewall with its header rule checked by a loop instead of a regular expression. */
    @Bean
    WebSecurityCustomizer headerFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(HeaderValues::allowed);
        return web -> web.httpFirewall(firewall);
    }

    static Converter<Jwt, AbstractAuthenticationToken> realmRoles() {
        return jwt -> new JwtAuthenticationToken(
                jwt,
                Actor.rolesOf(jwt).stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList(),
                Actor.fromJwt(jwt).userId());
    }
}
