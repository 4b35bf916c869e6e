package org.carbonmrv.portal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.carbonmrv.portal.security.SignedIn;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;

import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The platform's API through the gateway, as the signed-in user: their access token (renewed
 * with the refresh token when it expires) goes with every request, so every rule of the services
 * applies to the portal unchanged. Signed out, the portal reads the public views only.
 */
@Component
public class PlatformApi {

    private final RestClient gateway;
    private final OAuth2AuthorizedClientManager tokens;
    private final Executor readers;

    PlatformApi(
            RestClient.Builder builder,
            OAuth2AuthorizedClientManager tokens,
            @Qualifier("apiReaders") Executor readers,
            @Value("${mrv.portal.gateway-url}") String gatewayUrl) {
        this.gateway = builder.baseUrl(gatewayUrl).build();
        this.tokens = tokens;
        this.readers = readers;
    }

    /** GET {@code path}; {@link NotVisible} when the API refuses it or has nothing there. */
    public <T> T get(ParameterizedTypeReference<T> type, String path, Object... variables) {
        return get(accessToken(), type, path, variables);
    }

    /**
     * Reads a page needs at once: they go to the API side by side, each with the user's token as it
     * is now (the token is taken here, in the request's thread, where the user is known).
     */
    public Reads together() {
        return new Reads(this, accessToken(), readers);
    }

    <T> T get(Optional<String> token, ParameterizedTypeReference<T> type, String path, Object... variables) {
        try {
            return gateway.get()
                    .uri(path, variables)
                    .headers(h -> token.ifPresent(h::setBearerAuth))
                    .retrieve()
                    .body(type);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatusCode.valueOf(404))
                    || e.getStatusCode().isSameCodeAs(HttpStatusCode.valueOf(403))) {
                throw new NotVisible(path);
            }
            if (e.getStatusCode().isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS)) {
                // the user's own rate at the gateway: the page says so, rather than failing
                throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "too many requests; try again shortly");
            }
            throw e;
        }
    }

    /**
     * POST {@code body} as JSON to {@code path}; the answer's body, or {@link ApiProblem} with the
     * API's own words when it refuses.
     */
    public JsonNode post(String path, Object body, Object... variables) {
        try {
            return gateway.post()
                    .uri(path, variables)
                    .headers(h -> accessToken().ifPresent(h::setBearerAuth))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(JsonNode.class);
        } catch (HttpClientErrorException e) {
            JsonNode problem = e.getResponseBodyAs(JsonNode.class);
            throw new ApiProblem(problem == null ? NullNode.getInstance() : problem);
        }
    }

    /** POST a file's bytes as they come, in its own media type (an upload: streamed, never held whole). */
    public JsonNode postFile(String path, InputStream content, MediaType type, Object... variables) {
        try {
            return gateway.post()
                    .uri(path, variables)
                    .headers(h -> accessToken().ifPresent(h::setBearerAuth))
                    .contentType(type)
                    .body(out -> content.transferTo(out))
                    .retrieve()
                    .body(JsonNode.class);
        } catch (HttpClientErrorException e) {
            JsonNode problem = e.getResponseBodyAs(JsonNode.class);
            throw new ApiProblem(problem == null ? NullNode.getInstance() : problem);
        }
    }

    private Optional<String> accessToken() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken user)) {
            return Optional.empty();
        }
        OAuth2AuthorizedClient client = tokens.authorize(
                OAuth2AuthorizeRequest.withClientRegistrationId(user.getAuthorizedClientRegistrationId())
                        .principal(user)
                        .build());
        return Optional.ofNullable(client).map(c -> c.getAccessToken().getTokenValue());
    }

    /** Who is signed in, from the token the API sees (organisation and roles), or empty when no one is. */
    public Optional<SignedIn> signedIn() {
        return accessToken().map(SignedIn::fromAccessToken);
    }
}
