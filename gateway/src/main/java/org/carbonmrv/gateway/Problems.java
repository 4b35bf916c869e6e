package org.carbonmrv.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;

/** The gateway's own answers as problem details, the same shape as the services' (type, title, status, detail, code, errors). */
@Component
class Problems {

    static final String TYPE_BASE = "https://carbon-mrv.org/problems/";

    private final ObjectMapper json;

    Problems(ObjectMapper json) {
        this.json = json;
    }

    Mono<Void> write(ServerHttpResponse response, int status, String code, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(HttpStatus.valueOf(status).getReasonPhrase());
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        problem.setProperty("code", code);
        problem.setProperty("errors", List.of());
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
        response.setStatusCode(HttpStatus.valueOf(status));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
