package org.carbonmrv.cems.adapter.forwarding;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.cems.adapter.identity.AdapterIdentity;
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
import java.util.List;

/** The monitoring-service as the adapter calls it, with the adapter's own token and short timeouts. */
@Component
public class MonitoringClient {

    /** A registered logger: its MN and its password's hash. */
    public record Credentials(String mn, String passwordHash) {}

    /** The monitoring-service's answer: its status and body. */
    public record Answer(int status, String body) {
        public boolean stored() {
            return status == 200 || status == 201;
        }

        /** Refused for good (the hour is wrong, not the moment): retrying would be refused again. */
        public boolean refused() {
            return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
        }
    }

    private static final TypeReference<List<Credentials>> CREDENTIALS = new TypeReference<>() {};

    private final HttpClient http;
    private final AdapterIdentity identity;
    private final ObjectMapper json;
    private final String monitoring;

    MonitoringClient(
            AdapterIdentity identity, ObjectMapper json, @Value("${mrv.services.monitoring-url}") String monitoring) {
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        this.identity = identity;
        this.json = json;
        this.monitoring = monitoring;
    }

    public List<Credentials> credentials() throws IOException {
        Answer answer = send(HttpRequest.newBuilder(URI.create(monitoring + "/api/monitoring/data-loggers"))
                .GET());
        if (answer.status() != 200) {
            throw new IOException(
                    "the monitoring-service answered " + answer.status() + " to the adapter's list of loggers");
        }
        return json.readValue(answer.body(), CREDENTIALS);
    }

    public Answer recordHour(String mn, Object hour) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(monitoring + "/api/monitoring/data-loggers/"
                        + URLEncoder.encode(mn, StandardCharsets.UTF_8) + "/hours"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(hour))));
    }

    private Answer send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = http.send(
                    request.timeout(Duration.ofSeconds(20))
                            .header("Authorization", "Bearer " + identity.token())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling the monitoring-service", e);
        }
    }
}
