package org.carbonmrv.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * What the gateway answers when it cannot pass a request on: problem details like every service,
 * with the status that tells a client what happened. A service that is down is 503 (retry later),
 * one that does not answer in time 504, an unknown route 404; never Spring's bare 500.
 */
@Component
@Order(-2)
class GatewayErrors implements ErrorWebExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayErrors.class);
    private final Problems problems;

    GatewayErrors(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Problem problem = problemOf(error);
        if (problem.status() >= 500) {
            LOG.warn(
                    "{} {}: answered {} ({})",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(),
                    problem.status(),
                    error.toString());
        }
        if (problem.status() == 503) {
            exchange.getResponse().getHeaders().set("Retry-After", "5");
        }
        return problems.write(
                exchange.getResponse(),
                problem.status(),
                problem.code(),
                problem.detail(),
                exchange.getRequest().getPath().value());
    }

    record Problem(int status, String code, String detail) {}

    static Problem problemOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return new Problem(
                        503, "service-unavailable", "the service behind this path cannot be reached; retry later");
            }
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return new Problem(504, "service-timeout", "the service behind this path did not answer in time");
            }
        }
        if (error instanceof ResponseStatusException status) {
            int code = status.getStatusCode().value();
            if (code == 404) {
                return new Problem(404, "not-found", "no such path");
            }
            if (code == 503 || code == 502 || code == 504) {
                return new Problem(
                        code, "service-unavailable", "the service behind this path is unavailable; retry later");
            }
            return new Problem(
                    code, "http-" + code, status.getReason() == null ? status.getMessage() : status.getReason());
        }
        return new Problem(502, "bad-gateway", "the gateway could not pass the request on");
    }
}
