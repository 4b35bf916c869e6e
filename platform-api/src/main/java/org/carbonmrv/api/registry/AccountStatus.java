package org.carbonmrv.api.registry;

/** OPEN, SUSPENDED (receives but cannot send) or CLOSED (neither). */
public enum AccountStatus {
    OPEN,
    SUSPENDED,
    CLOSED
}
