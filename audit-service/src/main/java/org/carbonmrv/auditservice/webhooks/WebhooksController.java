package org.carbonmrv.auditservice.webhooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.carbonmrv.api.webhooks.WebhookSignature;
import org.carbonmrv.auditservice.feed.EventFeed;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's webhook endpoints: registered by its project owners and machine clients,
 * served the events of its own projects (the event feed's rules) signed as Standard Webhooks say.
 */
@RestController
@Tag(name = "webhooks", description = "signed deliveries of an organisation's events to its endpoints")
class WebhooksController {

    record Register(
            @NotBlank @Size(max = 2000) String url,
            @NotEmpty List<@NotBlank String> kinds,
            /** "now" (the default): events from now on; "start": the organisation's whole history first. */
            String from) {}

    /** An endpoint as its organisation sees it; the secret only when it is made. */
    record EndpointView(
            String id,
            String url,
            List<String> kinds,
            String status,
            String disabledReason,
            long cursor,
            int failedAttempts,
            Instant nextAttemptAt,
            Instant createdAt,
            String secret) {}

    record Redeliver(@Min(0) long after) {}

    record Rotated(String secret, Instant previousValidUntil) {}

    private final WebhookEndpoints endpoints;
    private final EventFeed feed;
    private final WebhookSettings settings;

    WebhooksController(WebhookEndpoints endpoints, EventFeed feed, WebhookSettings settings) {
        this.endpoints = endpoints;
        this.feed = feed;
        this.settings = settings;
    }

    @PostMapping("/api/webhooks/endpoints")
    @Operation(summary = "Register an endpoint for kinds of event (event names, or *); answers its signing secret once")
    ResponseEntity<EndpointView> register(@Valid @RequestBody Register request) {
        Actor caller = member();
        List<FieldProblem> problems = new ArrayList<>();
        URI url = null;
        try {
            url = URI.create(request.url());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("url", "must be an absolute http or https URL", request.url()));
        }
        if (url != null
                && (url.getScheme() == null
                        || !(url.getScheme().equals("https") || url.getScheme().equals("http"))
                        || url.getHost() == null)) {
            problems.add(new FieldProblem("url", "must be an absolute http or https URL", request.url()));
        }
        for (int i = 0; i < request.kinds().size(); i++) {
            if (!EventKinds.known(request.kinds().get(i))) {
                problems.add(new FieldProblem(
                        "kinds[" + i + "]",
                        "must be * or the name of an event of the platform",
                        request.kinds().get(i)));
            }
        }
        String from = request.from() == null ? "now" : request.from();
        if (!from.equals("now") && !from.equals("start")) {
            problems.add(new FieldProblem("from", "must be now or start", from));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(
                    "webhook-invalid", 422, problems.size() + " problem(s); nothing was registered", problems);
        }
        String id = UUID.randomUUID().toString();
        String secret = WebhookSignature.newSecret();
        endpoints.add(
                id,
                caller.organisation(),
                request.url(),
                List.copyOf(request.kinds()),
                secret,
                from.equals("start") ? 0 : feed.end(),
                caller.userId());
        EndpointView view = view(endpoints.find(id).orElseThrow(), secret);
        return ResponseEntity.created(URI.create("/api/webhooks/endpoints/" + id))
                .body(view);
    }

    @GetMapping("/api/webhooks/endpoints")
    @Operation(summary = "The organisation's endpoints: status, where each stands, failed attempts, the next attempt")
    List<EndpointView> list() {
        return endpoints.ofOrganisation(member().organisation()).stream()
                .map(e -> view(e, null))
                .toList();
    }

    @GetMapping("/api/webhooks/endpoints/{endpointId}/deliveries")
    @Operation(summary = "An endpoint's delivery log, latest first: event, attempt, status (0: no answer), latency")
    List<WebhookEndpoints.Delivery> deliveries(
            @PathVariable String endpointId, @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return endpoints.deliveries(own(endpointId).id(), size);
    }

    @PostMapping("/api/webhooks/endpoints/{endpointId}/redeliveries")
    @Operation(
            summary =
                    "Deliver again every wanted event after the cursor ?after (an event's sequence); enables a disabled endpoint")
    ResponseEntity<EndpointView> redeliver(@PathVariable String endpointId, @Valid @RequestBody Redeliver request) {
        WebhookEndpoints.Endpoint endpoint = own(endpointId);
        endpoints.rewind(endpoint.id(), request.after());
        return ResponseEntity.accepted().body(view(endpoints.find(endpoint.id()).orElseThrow(), null));
    }

    @PostMapping("/api/webhooks/endpoints/{endpointId}/secret")
    @Operation(summary = "A new signing secret; deliveries are signed with the old one too until it expires")
    Rotated rotate(@PathVariable String endpointId) {
        WebhookEndpoints.Endpoint endpoint = own(endpointId);
        String secret = WebhookSignature.newSecret();
        Instant until = Instant.now().plus(settings.rotatedSecretValid());
        endpoints.rotate(endpoint.id(), secret, until);
        return new Rotated(secret, until);
    }

    /**
     * Who runs an organisation's integrations: its project owners, verifiers and credit holders, and
     * its machine clients.
     */
    private static Actor member() {
        Actor caller = Actor.require();
        if (!caller.hasAnyRole(Role.PROJECT_OWNER, Role.INTEGRATOR, Role.VERIFIER, Role.CREDIT_HOLDER)
                || caller.organisation().isEmpty()) {
            throw DomainException.forbidden(
                    "forbidden",
                    "webhooks are kept by an organisation's project owners, verifiers, credit holders and machine clients");
        }
        return caller;
    }

    private WebhookEndpoints.Endpoint own(String endpointId) {
        Actor caller = member();
        return endpoints
                .find(endpointId)
                .filter(e -> caller.belongsTo(e.organisation()))
                .orElseThrow(() -> DomainException.notFound(
                        "webhook-not-found", "no webhook endpoint " + endpointId + " of yours"));
    }

    private static EndpointView view(WebhookEndpoints.Endpoint e, String secret) {
        return new EndpointView(
                e.id(),
                e.url(),
                e.kinds(),
                e.status(),
                e.disabledReason(),
                e.cursor(),
                e.attempts(),
                e.nextAttemptAt(),
                e.createdAt(),
                secret);
    }
}
