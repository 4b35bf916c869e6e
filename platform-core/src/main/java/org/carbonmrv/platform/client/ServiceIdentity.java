package org.carbonmrv.platform.client;

import org.carbonmrv.platform.problem.DependencyFailure;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The service's own identity: a client of the realm with the client-credentials grant and the
 * {@code platform-service} role, for the work that has no caller (process managers, deliveries,
 * adapters). Spring Security keeps the token and asks for a new one shortly before it expires;
 * asking the identity provider goes through the same short timeouts as every call between
 * services.
 */
public class ServiceIdentity {

    private static final String REGISTRATION = "service-identity";

    private final String clientId;
    private final AuthorizedClientServiceOAuth2AuthorizedClientManager tokens;

    public ServiceIdentity(String clientId, String clientSecret, String tokenUri, ClientHttpRequestFactory http) {
        this.clientId = clientId;
        var registrations = new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(tokenUri)
                .build());
        var tokenClient = new RestClientClientCredentialsTokenResponseClient();
        tokenClient.setRestClient(RestClient.builder()
                .requestFactory(http)
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        this.tokens = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        this.tokens.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(grant -> grant.accessTokenResponseClient(tokenClient))
                .build());
    }

    /** A valid access token of the service; 503 or 504 when the identity provider cannot give one. */
    public String token() {
        try {
            OAuth2AuthorizedClient authorized =
                    tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
                            .principal(clientId)
                            .build());
            if (authorized == null) {
                throw new IllegalStateException("the identity provider gave " + clientId + " no token");
            }
            return authorized.getAccessToken().getTokenValue();
        } catch (OAuth2AuthorizationException | RestClientException | IllegalStateException e) {
            throw DependencyFailure.of("identity provider", e);
        }
    }
}
