package org.carbonmrv.api.monitoring.view;

import java.time.Instant;

/** The owner's comment on a warning, who made it and when. */
public record QaAcknowledgement(String findingId, String comment, String acknowledgedBy, Instant acknowledgedAt) {}
