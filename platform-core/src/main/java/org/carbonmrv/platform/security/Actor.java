package org.carbonmrv.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling: a person or a machine client, the organisation they act for, and their roles,
 * all taken from the access token.
 *
 * <p>The organisation is the token's {@code organisation} claim, or else its one group (the
 * identity provider puts each user and machine client in the group of its organisation).
 */
public record Actor(String userId, String organisation, Set<String> roles, Optional<String> clientId, String token) {

    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.of(fromJwt(jwt.getToken()));
        }
        return Optional.empty();
    }

    /** The caller of a request that Spring Security has already authenticated. */
    public static Actor require() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }

    public static Actor fromJwt(Jwt jwt) {
        String username =
                Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
        Optional<String> client = username != null && username.startsWith(SERVICE_ACCOUNT_PREFIX)
                ? Optional.ofNullable(jwt.getClaimAsString("azp"))
                        .or(() -> Optional.of(username.substring(SERVICE_ACCOUNT_PREFIX.length())))
                : Optional.empty();
        return new Actor(username, organisationOf(jwt), rolesOf(jwt), client, jwt.getTokenValue());
    }

    static String organisationOf(Jwt jwt) {
        String claimed = jwt.getClaimAsString("organisation");
        if (claimed != null && !claimed.isBlank()) {
            return claimed;
        }
        List<String> groups = jwt.getClaimAsStringList("groups");
        if (groups != null && !groups.isEmpty()) {
            String group = groups.get(0);
            return group.startsWith("/") ? group.substring(1) : group;
        }
        return "";
    }

    @SuppressWarnings("unchecked")
    static Set<String> rolesOf(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        Set<String> roles = new TreeSet<>();
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> list) {
            list.forEach(role -> roles.add(String.valueOf(role)));
        }
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean belongsTo(String organisationId) {
        return !organisation.isEmpty() && organisation.equals(organisationId);
    }

    /** The token is never printed: an actor may end up in a log line. */
    @Override
    public String toString() {
        return "Actor[" + userId + " of " + organisation + " " + roles
                + clientId.map(c -> " via " + c).orElse("") + "]";
    }
}
