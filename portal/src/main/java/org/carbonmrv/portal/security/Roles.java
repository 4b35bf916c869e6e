package org.carbonmrv.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The platform's roles as the realm grants them (Keycloak's own default roles are not shown). */
public final class Roles {

    public static final String PROJECT_OWNER = "project-owner";
    public static final String VERIFIER = "verifier";
    public static final String REGISTRY_ADMIN = "registry-admin";

    static final Set<String> PLATFORM = Set.of(
            PROJECT_OWNER,
            "monitoring-operator",
            VERIFIER,
            REGISTRY_ADMIN,
            "credit-holder",
            "auditor",
            "integrator",
            "platform-operator");

    private Roles() {}

    /** The platform's roles among {@code roles}, in their order (Keycloak's defaults left out). */
    public static List<String> platformRolesIn(Collection<String> roles) {
        return roles.stream().filter(PLATFORM::contains).toList();
    }
}
