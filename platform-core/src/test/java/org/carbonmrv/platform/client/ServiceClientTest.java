package org.carbonmrv.platform.client;

import com.sun.net.httpserver.HttpServer;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.security.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How another service's answers reach the caller, and how the service's own identity gets its
 * tokens: a small HTTP server plays the other service and the identity provider.
 */
class ServiceClientTest {

    private static final ParameterizedTypeReference<Map<String, String>> JSON = new ParameterizedTypeReference<>() {};
    private static final Actor CALLER =
            new Actor("linhai-owner", "linhai-chem", Set.of("project-owner"), Optional.empty(), "caller-token");

    private HttpServer server;
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private final AtomicReference<String> tokenRequestBody = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/answer/", exchange -> {
            lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            int status = Integer.parseInt(exchange.getRequestURI().getPath().substring("/answer/".length()));
            if (status == 299) {
                sleep(2_000);
                status = 200;
            }
            byte[] body = "{\"seen\":\"yes\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/token", exchange -> {
            tokenRequests.incrementAndGet();
            tokenRequestBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean known = exchange.getRequestHeaders().getFirst("Authorization") != null
                    && tokenRequestBody.get().contains("grant_type=client_credentials");
            byte[] body = (known
                            ? "{\"access_token\":\"service-token-" + tokenRequests.get()
                                    + "\",\"token_type\":\"Bearer\",\"expires_in\":300}"
                            : "{\"error\":\"unauthorized_client\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(known ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static ServiceIdentity identity(String tokenUri) {
        return new ServiceIdentity(
                "mrv-calculation-service",
                "secret",
                tokenUri,
                ClientHttpRequestFactoryBuilder.jdk()
                        .build(ClientHttpRequestFactorySettings.defaults()
                                .withConnectTimeout(Duration.ofMillis(500))
                                .withReadTimeout(Duration.ofMillis(500))));
    }

    private ServiceClient client(String baseUrl, ServiceIdentity identity) {
        var timeouts = ClientHttpRequestFactorySettings.defaults()
                .withConnectTimeout(Duration.ofMillis(500))
                .withReadTimeout(Duration.ofMillis(500));
        return new ServiceClients(
                        RestClient.builder()
                                .requestFactory(
                                        ClientHttpRequestFactoryBuilder.jdk().build(timeouts)),
                        () -> identity)
                .of("monitoring-service", baseUrl);
    }

    @Test
    void theCallersTokenGoesWithTheCallersRead() {
        assertThat(client(url(), null).get(CALLER, JSON, "/answer/{s}", 200)).containsEntry("seen", "yes");
        assertThat(lastAuthorization.get()).isEqualTo("Bearer caller-token");
    }

    @Test
    void aRefusalOfTheOtherServiceIsNotFoundForTheCaller() {
        for (int refusal : List.of(401, 403, 404)) {
            assertThatThrownBy(() -> client(url(), null).get(CALLER, JSON, "/answer/{s}", refusal))
                    .isInstanceOfSatisfying(DependencyRefusal.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.refusedWith()).isEqualTo(refusal);
                    });
        }
    }

    @Test
    void anAnswerThatCannotBeUsedIs502AndNoAnswerIs503Or504() throws IOException {
        assertThatThrownBy(() -> client(url(), null).get(CALLER, JSON, "/answer/{s}", 500))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.status()).isEqualTo(502));
        assertThatThrownBy(() -> client(url(), null).get(CALLER, JSON, "/answer/{s}", 409))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.status()).isEqualTo(502));
        assertThatThrownBy(() -> client(url(), null).get(CALLER, JSON, "/answer/{s}", 299))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(504);
                    assertThat(e.code()).isEqualTo("dependency-timeout");
                });
        assertThatThrownBy(
                        () -> client("http://127.0.0.1:" + closedPort(), null).get(CALLER, JSON, "/answer/{s}", 200))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("dependency-unavailable");
                });
    }

    @Test
    void theServiceReadsWithItsOwnTokenAndKeepsItUntilItExpires() {
        ServiceClient client = client(url(), identity(url() + "/token"));
        client.getAsService(JSON, "/answer/{s}", 200);
        assertThat(lastAuthorization.get()).isEqualTo("Bearer service-token-1");
        client.getAsService(JSON, "/answer/{s}", 200);
        assertThat(lastAuthorization.get()).isEqualTo("Bearer service-token-1");
        assertThat(tokenRequests.get()).as("one token for both reads").isEqualTo(1);
        assertThat(tokenRequestBody.get()).contains("grant_type=client_credentials");
    }

    @Test
    void anIdentityProviderThatRefusesOrCannotBeReachedFailsTheReadWithAProblem() throws IOException {
        ServiceIdentity refusing = new ServiceIdentity(
                "mrv-calculation-service",
                "secret",
                url() + "/no-such-endpoint",
                ClientHttpRequestFactoryBuilder.jdk().build());
        assertThatThrownBy(() -> client(url(), refusing).getAsService(JSON, "/answer/{s}", 200))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.status()).isEqualTo(502));
        assertThatThrownBy(() -> client(url(), identity("http://127.0.0.1:" + closedPort() + "/token"))
                        .getAsService(JSON, "/answer/{s}", 200))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThatThrownBy(() -> client(url(), null).getAsService(JSON, "/answer/{s}", 200))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mrv.identity.client-id");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
