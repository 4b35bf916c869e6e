package org.carbonmrv.auditservice.notifications;

import org.carbonmrv.platform.security.Role;

/** The kinds of pending work, each for the role whose job it is. */
public enum WorkKind {
    /** A submitted project waits for the registry to list or reject it. */
    PROJECT_TO_LIST(Role.REGISTRY_ADMIN),
    /** A reporting period has no verifier yet. */
    NO_VERIFIER(Role.REGISTRY_ADMIN),
    /** A reporting period has no report calculated yet. */
    NO_REPORT(Role.PROJECT_OWNER),
    /** A calculated report waits to be submitted for verification. */
    TO_SUBMIT(Role.PROJECT_OWNER),
    /** A report's data changed after it was calculated: calculate it again. */
    STALE(Role.PROJECT_OWNER),
    /** The verifier rejected the report: correct and calculate again. */
    REJECTED(Role.PROJECT_OWNER),
    /** The QA checks found a critical problem in a period's data: resolve it in the data. */
    CRITICAL_QA(Role.PROJECT_OWNER),
    /** A verifier's finding waits for the owner's answer. */
    FINDINGS_TO_ANSWER(Role.PROJECT_OWNER),
    /** A submitted report waits for its verifier's decision. */
    TO_REVIEW(Role.VERIFIER),
    /** An answered finding waits for the verifier to close it. */
    FINDINGS_TO_CLOSE(Role.VERIFIER),
    /** An approved report's issuance waits for the registry. */
    ISSUANCE_TO_APPROVE(Role.REGISTRY_ADMIN);

    private final String role;

    WorkKind(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }
}
