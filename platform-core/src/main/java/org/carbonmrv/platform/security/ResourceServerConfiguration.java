package org.carbonmrv.platform.security;

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
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

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
            HttpSecurity http, @Value("${mrv.security.public-paths:}") List<String> publicPaths) throws Exception {
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
                .oauth2ResourceServer(o -> o.jwt(jwt -> jwt.jwtAuthenticationConverter(realmRoles())));
        return http.build();
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
