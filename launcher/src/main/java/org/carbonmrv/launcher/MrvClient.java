package org.carbonmrv.launcher;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** A small HTTP client for the platform's API through the gateway, with real tokens from Keycloak. */
public final class MrvClient {

    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public record Response(int status, JsonNode body, String text, HttpHeaders headers) {

        /** A header's first value, or "" when it is absent. */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> gateways;
    private final AtomicInteger next = new AtomicInteger();
    private final String keycloak;

    public MrvClient(String gateway, String keycloak) {
        this(List.of(gateway), keycloak);
    }

    /** Requests go to the gateways in turn: each fronts its own instance of every service. */
    public MrvClient(List<String> gateways, String keycloak) {
        this.gateways = List.copyOf(gateways);
        this.keycloak = keycloak;
    }

    private String gateway() {
        return gateways.get(Math.floorMod(next.getAndIncrement(), gateways.size()));
    }

    /** A user's access token (password grant of the portal client; demo users' password is their name). */
    public String userToken(String username) throws IOException, InterruptedException {
        return token(Map.of(
                "grant_type", "password", "client_id", "mrv-portal", "username", username, "password", username));
    }

    /** A user's access token from another client of the realm (e.g. Keycloak's own admin-cli): not for the platform. */
    public String tokenFromClient(String clientId, String username) throws IOException, InterruptedException {
        return token(
                Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", username));
    }

    /** A machine client's access token (client credentials). */
    public String clientToken(String clientId, String secret) throws IOException, InterruptedException {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private String token(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/carbon-mrv/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    public Response get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(gateway() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public Response post(String path, String token, Object body) throws IOException, InterruptedException {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return postRaw(path, token, text, "application/json");
    }

    public Response postRaw(String path, String token, String body, String contentType)
            throws IOException, InterruptedException {
        return postBytes(path, token, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    public Response postBytes(String path, String token, byte[] body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** A request without a body, of any method (PUT and DELETE of a user's own setting). */
    public Response call(String method, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode body = null;
        if (text != null && !text.isBlank()) {
            try {
                body = JSON.readTree(text);
            } catch (IOException notJson) {
                // leave body null; text holds what came back
            }
        }
        return new Response(response.statusCode(), body, text, response.headers());
    }
}
