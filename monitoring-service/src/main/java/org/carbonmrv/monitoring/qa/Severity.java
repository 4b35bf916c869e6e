package org.carbonmrv.monitoring.qa;

/** CRITICAL blocks submission for verification; WARNING must be acknowledged with a comment; INFO only informs. */
public enum Severity {
    CRITICAL, WARNING, INFO
}
