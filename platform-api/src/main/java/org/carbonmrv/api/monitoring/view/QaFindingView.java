package org.carbonmrv.api.monitoring.view;

import java.util.Map;

/** One finding of a period's checks as the monitoring-service answers it, with the data it points to. */
public record QaFindingView(
        String id,
        String check,
        QaSeverity severity,
        QaFindingStatus status,
        String subject,
        String message,
        Map<String, String> data,
        QaAcknowledgement acknowledgement) {}
