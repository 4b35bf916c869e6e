package org.carbonmrv.portal.security;

import java.util.Set;

/** The platform's roles as the realm grants them (Keycloak's own default roles are not shown). */
public final class Roles {

    public static final String VERIFIER = "verifier";

    static final Set<String> PLATFORM = Set.of(
            "project-owner",
            "monitoring-operator",
            VERIFIER,
            "registry-admin",
            "credit-holder",
            "auditor",
            "integrator",
            "platform-operator");

    private Roles() {}
}
