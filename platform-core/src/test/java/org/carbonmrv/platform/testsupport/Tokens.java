package org.carbonmrv.platform.testsupport;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Tokens shaped like the identity provider's (organisation group, realm roles) for a service's
 * own integration tests; the end-to-end tests use real tokens from a real Keycloak.
 */
public final class Tokens {

    private Tokens() {}

    public static JwtRequestPostProcessor user(String username, String organisation, String... roles) {
        return jwt().jwt(token -> token.subject(username)
                        .claim("preferred_username", username)
                        .claim("groups", List.of("/" + organisation))
                        .claim("realm_access", Map.of("roles", List.of(roles))))
                .authorities(Arrays.stream(roles)
                        .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r))
                        .toList());
    }
}
