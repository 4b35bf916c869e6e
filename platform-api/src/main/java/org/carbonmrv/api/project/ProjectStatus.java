package org.carbonmrv.api.project;

/**
 * Where a project is in its life: submitted, then listed (or rejected) by the registry, registered
 * with its first approved report, and at its end completed (its crediting period fully reported
 * and approved) or terminated by the registry.
 */
public enum ProjectStatus {
    SUBMITTED,
    LISTED,
    REJECTED,
    REGISTERED,
    COMPLETED,
    TERMINATED;

    /** Whether the project is still being monitored: reporting periods open on it and it can be amended. */
    public boolean active() {
        return this == LISTED || this == REGISTERED;
    }
}
