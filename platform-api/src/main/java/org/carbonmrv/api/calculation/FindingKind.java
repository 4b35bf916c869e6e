package org.carbonmrv.api.calculation;

/** What a verifier's finding asks of the owner (ISO 14064-3 practice). */
public enum FindingKind {
    /** The data or the calculation do not conform: must be corrected and closed before approval. */
    NON_CONFORMITY,
    /** Something needs explaining; does not block approval. */
    CLARIFICATION,
    /** To be addressed in the next reporting period; does not block approval. */
    FORWARD_ACTION_REQUEST
}
