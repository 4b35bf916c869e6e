package org.carbonmrv.api.monitoring.view;

/** CRITICAL blocks submission for verification; WARNING must be acknowledged with a comment; INFO only informs. */
public enum QaSeverity {
    CRITICAL,
    WARNING,
    INFO
}
