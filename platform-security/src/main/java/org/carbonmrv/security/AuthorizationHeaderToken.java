package org.carbonmrv.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;

/**
 * The bearer token of the {@code Authorization} header, by the rule of RFC 6750 that Spring's
 * resolver applies ({@code Bearer <b64token>}, the scheme in any case), checked character by
 * character. Spring's resolver matches the header with a case-insensitive regular expression,
 * which on a Keycloak token of 1,300 characters cost more than verifying its signature. Tokens in
 * query parameters or form fields are not accepted, as by default.
 */
public final class AuthorizationHeaderToken {

    private static final String SCHEME = "Bearer ";

    private AuthorizationHeaderToken() {}

    /** The token, or null when the header names no bearer token; a malformed bearer token is refused. */
    public static String of(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "bearer", 0, 6)) {
            return null;
        }
        if (!isBearer(authorization)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return authorization.substring(SCHEME.length());
    }

    private static boolean isBearer(String header) {
        if (header.length() <= SCHEME.length() || header.charAt(SCHEME.length() - 1) != ' ') {
            return false;
        }
        int i = SCHEME.length();
        int end = header.length();
        while (end > i && header.charAt(end - 1) == '=') {
            end--;
        }
        if (end == i) {
            return false;
        }
        for (; i < end; i++) {
            if (!isTokenCharacter(header.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenCharacter(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '+'
                || c == '/';
    }
}
