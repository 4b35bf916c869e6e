package org.carbonmrv.portal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

import java.util.Map;

/**
 * The portal as a confidential client of the realm (authorization code with PKCE). Its endpoints
 * are named, not discovered, so the portal starts while Keycloak is still starting.
 */
@Configuration
class KeycloakLogin {

    static final String REGISTRATION = "keycloak";

    @Bean
    ClientRegistrationRepository clientRegistrations(
            @Value("${mrv.portal.keycloak-url}") String keycloak,
            @Value("${mrv.portal.keycloak-internal-url}") String keycloakInternal,
            @Value("${mrv.portal.realm}") String realm,
            @Value("${mrv.portal.client-id}") String clientId,
            @Value("${mrv.portal.client-secret}") String clientSecret) {
        String issuer = keycloak + "/realms/" + realm;
        String oidc = issuer + "/protocol/openid-connect";
        // the browser is sent to the login page and the logout; the portal itself fetches tokens and keys
        String backChannel = keycloakInternal + "/realms/" + realm + "/protocol/openid-connect";
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(oidc + "/auth")
                .tokenUri(backChannel + "/token")
                .jwkSetUri(backChannel + "/certs")
                .userInfoUri(backChannel + "/userinfo")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .issuerUri(issuer)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                .clientName("Carbon MRV")
                .build());
    }
}
