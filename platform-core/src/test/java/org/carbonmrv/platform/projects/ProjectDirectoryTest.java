package org.carbonmrv.platform.projects;

import com.sun.net.httpserver.HttpServer;
import org.carbonmrv.platform.client.ServiceClients;
import org.carbonmrv.platform.client.ServiceIdentity;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.security.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * One caller's requests that arrive together share one question to the project-service, and
 * nothing is remembered after the answer. The project-service here is a small HTTP server that
 * counts the questions and answers only when the test lets it.
 */
class ProjectDirectoryTest {

    private static final String PROJECT = """
            {"id":"p-1","name":"Linhai","methodologyId":"CM-010","methodologyVersion":"V01","ownerOrganisation":"linhai-chem",
             "status":"LISTED","facility":{"productionLines":[],"destructionUnits":[]},"timeZone":"Asia/Shanghai",
             "creditingPeriodStart":"2019-01-01","creditingPeriodEnd":"2025-12-31","reportingPeriods":[],
             "location":{"country":"CN","subdivision":"CN-ZJ"}}""";

    private final AtomicInteger questions = new AtomicInteger();
    private final CountDownLatch answer = new CountDownLatch(1);
    private HttpServer projectService;

    private ProjectDirectory directory() throws IOException {
        projectService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        projectService.setExecutor(Executors.newCachedThreadPool());
        projectService.createContext("/api/projects/", exchange -> {
            questions.incrementAndGet();
            try {
                answer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            boolean known = exchange.getRequestURI().getPath().endsWith("/p-1")
                    && "Bearer token-a".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = known ? PROJECT.getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // the identity provider: the service's own token is token-a too
        projectService.createContext("/token", exchange -> {
            byte[] body = "{\"access_token\":\"token-a\",\"token_type\":\"Bearer\",\"expires_in\":300}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        projectService.start();
        String url = "http://127.0.0.1:" + projectService.getAddress().getPort();
        ServiceIdentity identity = new ServiceIdentity(
                "mrv-monitoring-service",
                "secret",
                url + "/token",
                ClientHttpRequestFactoryBuilder.jdk().build());
        return new ProjectDirectory(
                new ServiceClients(RestClient.builder(), () -> identity).of("project-service", url));
    }

    @AfterEach
    void stop() {
        projectService.stop(0);
    }

    private static Actor caller(String token) {
        return new Actor("someone", "linhai-chem", Set.of("project-owner"), Optional.empty(), token);
    }

    @Test
    void requestsThatArriveTogetherShareOneQuestionAndNothingIsKeptAfterwards() throws Exception {
        ProjectDirectory directory = directory();
        CountDownLatch started = new CountDownLatch(3);
        List<CompletableFuture<String>> together = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    started.countDown();
                    return directory.visibleProject(caller("token-a"), "p-1").name();
                }))
                .toList();
        CompletableFuture<String> otherCaller = CompletableFuture.supplyAsync(() -> {
            try {
                return directory.visibleProject(caller("token-b"), "p-1").name();
            } catch (DomainException e) {
                return e.getMessage();
            }
        });
        started.await(10, TimeUnit.SECONDS);
        // the first caller's question and the other caller's are both waiting
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> questions.get() >= 2);
        Thread.sleep(200); // time for the first caller's other two requests to ask again, if they were going to
        answer.countDown();

        assertThat(together)
                .allSatisfy(f -> assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("Linhai"));
        assertThat(otherCaller.get(10, TimeUnit.SECONDS))
                .as("another caller's token: its own answer")
                .contains("no project p-1");
        assertThat(questions.get()).as("one question per caller").isEqualTo(2);

        assertThat(directory.visibleProject(caller("token-a"), "p-1").name()).isEqualTo("Linhai");
        assertThat(questions.get()).as("asked again: nothing was kept").isEqualTo(3);
    }

    @Test
    void aRefusalReachesEveryRequestThatWaitedForIt() throws Exception {
        ProjectDirectory directory = directory();
        List<CompletableFuture<ProjectDirectory>> together = IntStream.range(0, 2)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    directory.visibleProject(caller("token-a"), "p-2");
                    return directory;
                }))
                .toList();
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> questions.get() >= 1);
        Thread.sleep(200);
        answer.countDown();
        for (CompletableFuture<ProjectDirectory> request : together) {
            assertThatThrownBy(() -> request.get(10, TimeUnit.SECONDS))
                    .cause()
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("no project p-2");
        }
        assertThat(questions.get()).isEqualTo(1);
    }

    @Test
    void theServiceReadsAProjectWithItsOwnIdentityAndIsToldNotFoundLikeACaller() throws Exception {
        ProjectDirectory directory = directory();
        answer.countDown();
        assertThat(directory.project("p-1").name()).isEqualTo("Linhai");
        assertThatThrownBy(() -> directory.project("p-2"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("no project p-2");
    }
}
