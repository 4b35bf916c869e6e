package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.view.QaFindingStatus;
import org.carbonmrv.api.monitoring.view.QaSeverity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What one check found about one subject (a unit's month, a log row, a meter's lapse). The id is
 * derived from check and subject, so the same finding keeps its id from one run to the next and
 * an acknowledgement stays attached to it.
 *
 */
public record Finding(
        String id,
        String check,
        QaSeverity severity,
        QaFindingStatus status,
        String subject,
        String message,
        Map<String, String> data) {

    public static Finding open(
            String check, QaSeverity severity, String subject, String message, Map<String, String> data) {
        return new Finding(
                idOf(check, subject),
                check,
                severity,
                QaFindingStatus.OPEN,
                subject,
                message,
                new LinkedHashMap<>(data));
    }

    public static Finding accepted(String check, String subject, String message, Map<String, String> data) {
        return new Finding(
                idOf(check, subject),
                check,
                QaSeverity.INFO,
                QaFindingStatus.ACCEPTED,
                subject,
                message,
                new LinkedHashMap<>(data));
    }

    Finding acknowledged() {
        return new Finding(id, check, severity, QaFindingStatus.ACKNOWLEDGED, subject, message, data);
    }

    static String idOf(String check, String subject) {
        return UUID.nameUUIDFromBytes((check + "|" + subject).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
