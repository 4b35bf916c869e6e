package org.carbonmrv.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The portal is the backend for the browser: the user signs in at Keycloak (authorization code
 * with PKCE), the tokens stay in the server's session, and the browser holds only an HttpOnly,
 * SameSite session cookie. Every form carries a CSRF token; signing out ends the Keycloak session
 * too. The public registry and the language switch need no sign-in.
 */
@Configuration
class PortalSecurity {

    @Bean
    SecurityFilterChain portal(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        var authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var endKeycloakSession = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");
        return http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/", "/registry", "/registry/**", "/portal-assets/**", "/error", "/actuator/health")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login -> login.authorizationEndpoint(
                                endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessHandler(endKeycloakSession))
                .build();
    }
}
