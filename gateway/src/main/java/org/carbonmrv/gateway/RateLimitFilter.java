package org.carbonmrv.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.time.Clock;

/**
 * Limits each caller (the token's subject, or the client address for public views) to a burst and
 * a steady rate of requests; beyond it the gateway answers 429 as problem details.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimits limits;
    private final Problems problems;

    RateLimitFilter(
            @Value("${mrv.rate-limit.burst:200}") double burst,
            @Value("${mrv.rate-limit.per-second:50}") double perSecond,
            Problems problems) {
        this.limits = new RateLimits(burst, perSecond, Clock.systemUTC());
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication() == null
                        ? anonymous(exchange)
                        : "user:" + context.getAuthentication().getName())
                .defaultIfEmpty(anonymous(exchange))
                .flatMap(caller -> limits.tryAcquire(caller) ? chain.filter(exchange) : tooMany(exchange));
    }

    private static String anonymous(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return "address:" + (remote == null ? "unknown" : remote.getAddress().getHostAddress());
    }

    private Mono<Void> tooMany(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        return problems.write(
                exchange.getResponse(),
                429,
                "rate-limited",
                "too many requests from this caller; retry after a second",
                exchange.getRequest().getPath().value());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
