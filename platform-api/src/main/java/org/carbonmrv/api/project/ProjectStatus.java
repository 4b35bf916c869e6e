package org.carbonmrv.api.project;

public enum ProjectStatus {
    SUBMITTED,
    LISTED,
    REJECTED,
    REGISTERED
}
