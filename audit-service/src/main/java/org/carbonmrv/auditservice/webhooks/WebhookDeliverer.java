package org.carbonmrv.auditservice.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.api.webhooks.WebhookSignature;
import org.carbonmrv.auditservice.feed.CloudEvent;
import org.carbonmrv.auditservice.feed.EventFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Delivers the sealed history to the endpoints, each endpoint on its own worker with a bounded
 * wait for its receiver, so one slow or dead receiver never holds up another. Per endpoint the
 * events go in chain order; the next is sent only once the receiver answered 2xx to this one. A
 * failure is retried after a delay that doubles (with jitter) up to the longest; 410 Gone disables
 * the endpoint at once, and so does failing for longer than the configured time (three days).
 */
@Component
class WebhookDeliverer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliverer.class);
    private static final int PAGE = 50;
    private static final Duration TURN = Duration.ofSeconds(5);

    private final WebhookEndpoints endpoints;
    private final EventFeed feed;
    private final WebhookSettings settings;
    private final ObjectMapper json;
    private final HttpClient http;
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final Set<String> serving = ConcurrentHashMap.newKeySet();

    WebhookDeliverer(WebhookEndpoints endpoints, EventFeed feed, WebhookSettings settings, ObjectMapper json) {
        this.endpoints = endpoints;
        this.feed = feed;
        this.settings = settings;
        this.json = json;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    @Scheduled(fixedDelayString = "${mrv.webhooks.poll:1s}")
    void round() {
        try {
            for (WebhookEndpoints.Endpoint endpoint : endpoints.due(100)) {
                if (serving.add(endpoint.id())) {
                    workers.submit(() -> {
                        try {
                            serve(endpoint);
                        } catch (RuntimeException e) {
                            log.warn("serving webhook endpoint {} failed: {}", endpoint.id(), e.toString());
                        } finally {
                            serving.remove(endpoint.id());
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            log.warn("webhook round failed, trying again at the next: {}", e.toString());
        }
    }

    /**
     * Pages of events for one endpoint until it has caught up, fails, or has had its turn (a few
     * seconds: the others' workers are not held up by a long backlog either).
     */
    void serve(WebhookEndpoints.Endpoint endpoint) {
        long turnEnds = System.nanoTime() + TURN.toNanos();
        WebhookEndpoints.Endpoint current = endpoint;
        while (true) {
            Page page = servePage(current);
            if (page != Page.FULL || System.nanoTime() > turnEnds) {
                return;
            }
            current = endpoints.find(endpoint.id()).orElseThrow();
        }
    }

    /** How a page went: all of a full page delivered (more may wait), caught up, or stopped by a failure. */
    private enum Page {
        FULL,
        CAUGHT_UP,
        STOPPED
    }

    private Page servePage(WebhookEndpoints.Endpoint endpoint) {
        List<CloudEvent> events = feed.ofOrganisation(endpoint.organisation(), endpoint.cursor(), PAGE);
        if (events.isEmpty()) {
            endpoints.idle(endpoint.id());
            return Page.CAUGHT_UP;
        }
        long passed = endpoint.cursor();
        for (CloudEvent event : events) {
            long sequence = Long.parseLong(event.sequence());
            String kind = event.type().substring(CloudEvent.TYPE_PREFIX.length());
            if (!endpoint.wants(kind)) {
                passed = sequence;
                continue;
            }
            endpoints.skipTo(endpoint.id(), passed);
            int status = deliver(endpoint, event, kind, sequence);
            if (status >= 200 && status < 300) {
                endpoints.delivered(endpoint.id(), sequence);
                passed = sequence;
                continue;
            }
            if (status == 410) {
                endpoints.disable(endpoint.id(), "the receiver answered 410 Gone");
                return Page.STOPPED;
            }
            Instant since = endpoint.failingSince() == null ? Instant.now() : endpoint.failingSince();
            if (Duration.between(since, Instant.now()).compareTo(settings.giveUpAfter()) > 0) {
                endpoints.disable(endpoint.id(), "failing since " + since + ", longer than " + settings.giveUpAfter());
                return Page.STOPPED;
            }
            endpoints.failed(endpoint.id(), retryAfter(endpoint.attempts() + 1));
            return Page.STOPPED;
        }
        endpoints.skipTo(endpoint.id(), passed);
        return events.size() == PAGE ? Page.FULL : Page.CAUGHT_UP;
    }

    /** The receiver's status, 0 when it gave none; every attempt logged. */
    private int deliver(WebhookEndpoints.Endpoint endpoint, CloudEvent event, String kind, long sequence) {
        long timestamp = Instant.now().getEpochSecond();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", kind);
        message.put("timestamp", event.time());
        message.put("data", event);
        long started = System.nanoTime();
        int status = 0;
        String error = null;
        try {
            String body = json.writeValueAsString(message);
            String signatures = endpoint.signingSecrets(Instant.now()).stream()
                    .map(secret -> WebhookSignature.sign(secret, event.id(), timestamp, body))
                    .collect(Collectors.joining(" "));
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(URI.create(endpoint.url()))
                            .timeout(settings.answerWithin())
                            .header("Content-Type", "application/json")
                            .header("webhook-id", event.id())
                            .header("webhook-timestamp", String.valueOf(timestamp))
                            .header("webhook-signature", signatures)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            status = answer.statusCode();
        } catch (IOException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        endpoints.log(
                endpoint.id(),
                event.id(),
                kind,
                sequence,
                endpoint.attempts() + 1,
                status,
                (System.nanoTime() - started) / 1_000_000,
                error);
        return status;
    }

    /** The n-th retry's delay: the first doubled n - 1 times, at most the longest, between half and all of it. */
    Duration retryAfter(int failures) {
        long first = settings.firstRetry().toMillis();
        long doubled = first << Math.min(failures - 1, 30);
        long capped = Math.min(
                doubled < 0 ? Long.MAX_VALUE : doubled, settings.longestRetry().toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
