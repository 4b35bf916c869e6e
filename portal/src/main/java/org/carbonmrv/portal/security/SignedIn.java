package org.carbonmrv.portal.security;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

import java.text.ParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The signed-in user as the header shows them: name, organisation (their group in the realm) and
 * roles, read from the access token the portal got from Keycloak itself over the back channel.
 */
public record SignedIn(String username, String name, String organisation, List<String> roles) {

    public static SignedIn fromAccessToken(String token) {
        try {
            JWTClaimsSet claims = JWTParser.parse(token).getJWTClaimsSet();
            List<String> groups = claims.getStringListClaim("groups");
            String organisation =
                    groups == null || groups.isEmpty() ? "" : groups.get(0).replaceFirst("^/", "");
            TreeSet<String> roles = new TreeSet<>();
            Map<String, Object> access = claims.getJSONObjectClaim("realm_access");
            if (access != null && access.get("roles") instanceof Collection<?> granted) {
                granted.stream()
                        .map(String::valueOf)
                        .filter(Roles.PLATFORM::contains)
                        .forEach(roles::add);
            }
            String username = claims.getStringClaim("preferred_username");
            String name = claims.getStringClaim("name");
            return new SignedIn(username, name == null ? username : name, organisation, List.copyOf(roles));
        } catch (ParseException e) {
            throw new IllegalStateException("the identity provider gave an access token that is not a JWT", e);
        }
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
