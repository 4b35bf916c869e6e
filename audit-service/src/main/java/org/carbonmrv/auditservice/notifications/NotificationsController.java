package org.carbonmrv.auditservice.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code /api/notifications}: what needs the caller now (the work of their roles in their
 * organisation, kept from the history), and the e-mail they may ask for when new work opens.
 */
@RestController
@Tag(name = "notifications", description = "the work waiting for the caller, and e-mail when new work opens")
class NotificationsController {

    /** The roles whose work the history shows; a machine client's or an auditor's token has none of them. */
    private static final Set<String> WORKING_ROLES = Set.of(Role.PROJECT_OWNER, Role.VERIFIER, Role.REGISTRY_ADMIN);

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

    record Notifications(List<PendingItem> items) {}

    record MailSubscription(String address) {}

    private final PendingWork work;
    private final MailSubscriptions subscriptions;

    NotificationsController(PendingWork work, MailSubscriptions subscriptions) {
        this.work = work;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/api/notifications")
    @Operation(summary = "The work waiting for the caller's roles in the caller's organisation, oldest first")
    Notifications notifications() {
        Actor caller = working();
        return new Notifications(work.openFor(caller.organisation(), rolesOf(caller)));
    }

    @GetMapping("/api/notifications/mail")
    @Operation(summary = "Whether the caller gets an e-mail when new work opens for them, and at which address")
    MailSubscription mail() {
        Actor caller = working();
        return subscriptions
                .addressOf(caller.userId())
                .map(MailSubscription::new)
                .orElseThrow(() -> DomainException.notFound("not-subscribed", "no e-mail is sent to this user"));
    }

    @PutMapping("/api/notifications/mail")
    @Operation(
            summary = "Send the caller an e-mail when new work opens for them, at the address of their account"
                    + " (the token's verified e-mail)")
    MailSubscription subscribe() {
        Actor caller = working();
        String address = addressOfToken();
        subscriptions.subscribe(caller.userId(), caller.organisation(), rolesOf(caller), address);
        return new MailSubscription(address);
    }

    @DeleteMapping("/api/notifications/mail")
    @Operation(summary = "Send the caller no more e-mail")
    ResponseEntity<Void> unsubscribe() {
        Actor caller = working();
        if (!subscriptions.unsubscribe(caller.userId())) {
            throw DomainException.notFound("not-subscribed", "no e-mail is sent to this user");
        }
        return ResponseEntity.noContent().build();
    }

    private static Actor working() {
        Actor caller = Actor.require();
        if (rolesOf(caller).isEmpty()) {
            throw DomainException.forbidden(
                    "forbidden",
                    "notifications are for the people of an organisation who own, verify or register projects");
        }
        return caller;
    }

    private static Set<String> rolesOf(Actor caller) {
        return caller.roles().stream().filter(WORKING_ROLES::contains).collect(Collectors.toSet());
    }

    private static String addressOfToken() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt) {
            String address = jwt.getToken().getClaimAsString("email");
            Boolean verified = jwt.getToken().getClaimAsBoolean("email_verified");
            if (address != null && ADDRESS.matcher(address).matches() && !Boolean.FALSE.equals(verified)) {
                return address;
            }
        }
        throw DomainException.unprocessable(
                "no-verified-email", "the caller's account has no verified e-mail address to send to");
    }
}
