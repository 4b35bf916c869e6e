package org.carbonmrv.platform.audit;

/** The metadata keys every event carries: who acted, for which organisation and project, and why. */
public final class AuditMetadata {

    public static final String ACTOR = "actor";
    public static final String ORGANISATION = "organisation";
    public static final String ROLES = "roles";
    public static final String CLIENT_ID = "clientId";
    public static final String PROJECT_ID = "projectId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    /**
     * On an event applied while a command was handled: what caused that command (an event whose
     * handler sent it). Commands are not stored, so without it an event's chain of causes would end
     * at the command.
     */
    public static final String COMMAND_CAUSATION_ID = "commandCausationId";

    /** Keys copied from a handled message to the messages it causes. */
    public static final String[] PROPAGATED_KEYS = {ACTOR, ORGANISATION, ROLES, CLIENT_ID, PROJECT_ID};

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private AuditMetadata() {}
}
