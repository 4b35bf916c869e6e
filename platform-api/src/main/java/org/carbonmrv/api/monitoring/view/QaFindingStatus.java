package org.carbonmrv.api.monitoring.view;

/** Where a finding stands: OPEN, ACCEPTED (the check itself found a justification, stated in its message) or ACKNOWLEDGED (a person commented on it). */
public enum QaFindingStatus {
    OPEN,
    ACCEPTED,
    ACKNOWLEDGED
}
