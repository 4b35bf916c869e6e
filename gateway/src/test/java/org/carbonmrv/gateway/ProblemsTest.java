package org.carbonmrv.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    @Test
    void writesTheServicesShapeOfProblemDetailsWithTextThatNeedsEscaping() throws Exception {
        ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
        MockServerHttpResponse response = new MockServerHttpResponse();
        new Problems(json)
                .write(response, 429, "rate-limited", "a \"quoted\" detail", "/api/projects")
                .block();

        assertThat(response.getStatusCode().value()).isEqualTo(429);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode body = json.readTree(response.getBodyAsString().block());
        assertThat(body.get("type").asText()).isEqualTo("https://carbon-mrv.org/problems/rate-limited");
        assertThat(body.get("title").asText()).isEqualTo("Too Many Requests");
        assertThat(body.get("status").asInt()).isEqualTo(429);
        assertThat(body.get("detail").asText()).isEqualTo("a \"quoted\" detail");
        assertThat(body.get("code").asText()).isEqualTo("rate-limited");
        assertThat(body.get("errors")).isEmpty();
        assertThat(body.get("instance").asText()).isEqualTo("/api/projects");
    }
}
