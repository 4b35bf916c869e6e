package org.carbonmrv.platform.security;

/** The platform's roles, as realm roles in the identity provider. */
public final class Role {
    public static final String PROJECT_OWNER = "project-owner";
    public static final String MONITORING_OPERATOR = "monitoring-operator";
    public static final String VERIFIER = "verifier";
    public static final String REGISTRY_ADMIN = "registry-admin";
    public static final String CREDIT_HOLDER = "credit-holder";
    public static final String AUDITOR = "auditor";
    public static final String INTEGRATOR = "integrator";
    /** Runs the platform: reads its metrics; sees no business data by this role alone. */
    public static final String PLATFORM_OPERATOR = "platform-operator";

    /**
     * A service of the platform acting on its own behalf (its client-credentials identity): reads the
     * projects a process needs; holds no role that writes.
     */
    public static final String PLATFORM_SERVICE = "platform-service";

    /**
     * The CEMS adapter (HJ 212 upper computer): reads the data loggers' registrations and records
     * the hours of registered loggers for their projects' owners; nothing else.
     */
    public static final String CEMS_ADAPTER = "cems-adapter";

    private Role() {}
}
