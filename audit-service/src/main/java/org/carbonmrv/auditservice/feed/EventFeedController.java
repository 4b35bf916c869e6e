package org.carbonmrv.auditservice.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /api/events?after=}: what an integrator catches up from after an outage. Auditors,
 * the registry and the platform's own services read every event; an organisation (its people and its machine clients) the
 * events of the projects it owns, of the reporting periods it verifies (from its assignment on) and
 * of its registry accounts. Events appear once sealed (within about a second).
 */
@RestController
@Tag(name = "event feed", description = "the caller's organisation's events in order, as CloudEvents, cursor-paged")
class EventFeedController {

    /** A page of the feed; {@code next} is the cursor to ask after (the last event's sequence, or the one given). */
    record FeedPage(List<CloudEvent> events, String next) {}

    private final EventFeed feed;

    EventFeedController(EventFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/api/events")
    @Operation(
            summary = "The events the caller's organisation may see, in chain order, after the cursor ?after= (0: from"
                    + " the start), at most ?size= (100), as CloudEvents 1.0 JSON")
    FeedPage events(
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        Actor caller = Actor.require();
        List<CloudEvent> events;
        if (caller.hasAnyRole(Role.AUDITOR, Role.REGISTRY_ADMIN, Role.PLATFORM_SERVICE)) {
            events = feed.all(after, size);
        } else if (caller.hasAnyRole(
                        Role.PROJECT_OWNER,
                        Role.MONITORING_OPERATOR,
                        Role.INTEGRATOR,
                        Role.CREDIT_HOLDER,
                        Role.VERIFIER)
                && !caller.organisation().isEmpty()) {
            events = feed.ofOrganisation(caller.organisation(), after, size);
        } else {
            throw DomainException.forbidden("forbidden", "the event feed is for organisations and auditors");
        }
        String next = events.isEmpty()
                ? String.valueOf(after)
                : events.get(events.size() - 1).sequence();
        return new FeedPage(events, next);
    }
}
