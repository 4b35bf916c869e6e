package org.carbonmrv.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Limits each caller (the token's subject, or the client address for public views) to a burst and
 * a steady rate of requests; beyond it the gateway answers 429 as problem details.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimits limits;

    RateLimitFilter(@Value("${mrv.rate-limit.burst:200}") double burst,
                    @Value("${mrv.rate-limit.per-second:50}") double perSecond) {
        this.limits = new RateLimits(burst, perSecond, Clock.systemUTC());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication() == null ? anonymous(exchange) : "user:" + context.getAuthentication().getName())
                .defaultIfEmpty(anonymous(exchange))
                .flatMap(caller -> limits.tryAcquire(caller) ? chain.filter(exchange) : tooMany(exchange));
    }

    private static String anonymous(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return "address:" + (remote == null ? "unknown" : remote.getAddress().getHostAddress());
    }

    private static Mono<Void> tooMany(ServerWebExchange exchange) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        byte[] body = ("{\"type\":\"https://carbon-mrv.org/problems/rate-limited\",\"title\":\"Too Many Requests\","
                + "\"status\":429,\"code\":\"rate-limited\",\"detail\":\"too many requests from this caller; retry after a second\","
                + "\"errors\":[]}").getBytes(StandardCharsets.UTF_8);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
