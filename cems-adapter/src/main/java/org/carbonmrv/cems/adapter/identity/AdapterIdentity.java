package org.carbonmrv.cems.adapter.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The adapter's own client of the realm (client credentials, role {@code cems-adapter}): one token
 * for every logger, kept until shortly before it expires. Loggers never hold a platform token.
 */
@Component
public class AdapterIdentity {

    private static final Duration EARLY = Duration.ofSeconds(30);

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI tokenUri;
    private final String form;
    private String token;
    private Instant renewAt = Instant.MIN;

    AdapterIdentity(
            ObjectMapper json,
            @Value("${mrv.identity.token-uri}") URI tokenUri,
            @Value("${mrv.identity.client-id}") String clientId,
            @Value("${mrv.identity.client-secret}") String clientSecret) {
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        this.json = json;
        this.tokenUri = tokenUri;
        this.form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
    }

    /** A valid access token; {@link IOException} when the identity provider cannot give one now. */
    public synchronized String token() throws IOException {
        if (token != null && Instant.now().isBefore(renewAt)) {
            return token;
        }
        HttpRequest request = HttpRequest.newBuilder(tokenUri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking for a token", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException(
                    "the identity provider answered " + response.statusCode() + " to the adapter's token request");
        }
        JsonNode answer = json.readTree(response.body());
        token = answer.path("access_token").asText();
        renewAt =
                Instant.now().plusSeconds(answer.path("expires_in").asLong(60)).minus(EARLY);
        return token;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
