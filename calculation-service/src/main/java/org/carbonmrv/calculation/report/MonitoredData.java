package org.carbonmrv.calculation.report;

import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.methodology.HourlyValue;
import org.carbonmrv.methodology.MonitoredPeriod;
import org.carbonmrv.methodology.MonitoredSeries;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Reads a reporting period's aggregates from the monitoring-service, with the caller's token. */
@Component
class MonitoredData {

    /** Read tolerantly: the monitoring-service may add fields. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Aggregate(String parameter, String source, String month, String unit, long count, BigDecimal sum,
                     BigDecimal mean, BigDecimal min, BigDecimal max, List<String> samples) {
    }

    /** The QA summary of a period, as the monitoring-service answers it. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record QaSummary(long critical, long openWarnings, List<QaFinding> findings) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record QaFinding(String id, String check, String severity, String status, String subject, String message) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record HourlyRow(String parameter, String source, java.time.LocalDateTime hour, BigDecimal value, String quality) {
    }

    private final RestClient client;

    MonitoredData(RestClient.Builder builder, @Value("${mrv.services.monitoring-url}") String url) {
        this.client = builder.baseUrl(url).build();
    }

    QaSummary checks(Actor caller, String projectId, String periodId) {
        QaSummary summary = get(caller, "/checks", projectId, periodId, new ParameterizedTypeReference<>() {
        });
        if (summary == null) {
            throw new DomainException("dependency-failed", 502, "the monitoring-service answered no QA summary", List.of());
        }
        return summary;
    }

    /** The QA summary for a document, or null when the reader may not see the monitoring data. */
    QaSummary checksIfReadable(Actor caller, String projectId, String periodId) {
        try {
            return checks(caller, projectId, periodId);
        } catch (DomainException unavailable) {
            return null;
        }
    }

    /** The period as the methodology builds its data set from it: aggregates, and hourly values when it reads them. */
    MonitoredPeriod ofPeriod(Actor caller, String projectId, ReportingPeriodView period, boolean withHourlyValues) {
        List<Aggregate> aggregates = get(caller, "/aggregates", projectId, period.id(), new ParameterizedTypeReference<>() {
        });
        List<MonitoredSeries> series = aggregates == null ? List.of() : aggregates.stream()
                .map(a -> new MonitoredSeries(a.parameter(), a.source(), a.month() == null ? null : YearMonth.parse(a.month()),
                        a.unit(), a.sum(), a.samples().stream().map(BigDecimal::new).toList()))
                .toList();
        List<HourlyValue> hourly = List.of();
        if (withHourlyValues) {
            List<HourlyRow> rows = get(caller, "/hourly-values", projectId, period.id(), new ParameterizedTypeReference<>() {
            });
            hourly = rows == null ? List.of() : rows.stream()
                    .map(r -> new HourlyValue(r.parameter(), r.source(), r.hour(), r.value(), r.quality())).toList();
        }
        return new MonitoredPeriod(period.start(), period.end(), series, hourly);
    }

    private <T> T get(Actor caller, String path, String projectId, String periodId, ParameterizedTypeReference<T> type) {
        try {
            return client.get()
                    .uri("/api/monitoring/projects/{p}/reporting-periods/{r}" + path, projectId, periodId)
                    .headers(h -> h.setBearerAuth(caller.token()))
                    .retrieve()
                    .body(type);
        } catch (ResourceAccessException e) {
            throw new DomainException("dependency-unavailable", 503, "the monitoring-service cannot be reached", List.of());
        } catch (org.springframework.web.client.RestClientException | org.springframework.http.converter.HttpMessageNotReadableException e) {
            throw new DomainException("dependency-failed", 502, "the monitoring-service's answer could not be used: "
                    + e.getMessage(), List.of());
        }
    }
}
