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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

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

    /** The monitoring-service's hourly values: per parameter and source, hour offsets from {@code from}, values and flags. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record HourlySeries(java.time.LocalDateTime from, List<Series> series) {

        @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
        record Series(String parameter, String source, String unit, long[] hours, BigDecimal[] values, String[] quality) {
        }

        List<HourlyValue> values() {
            List<HourlyValue> values = new java.util.ArrayList<>();
            for (Series s : series) {
                for (int i = 0; i < s.hours().length; i++) {
                    values.add(new HourlyValue(s.parameter(), s.source(), from.plusHours(s.hours()[i]), s.values()[i],
                            s.quality()[i]));
                }
            }
            return values;
        }
    }

    private static final Executor PARALLEL = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "monitored-data");
        thread.setDaemon(true);
        return thread;
    });

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
        // the hourly values of a year take longer than the aggregates: both are asked for at once
        CompletableFuture<HourlySeries> hours = withHourlyValues
                ? CompletableFuture.supplyAsync(() -> get(caller, "/hourly-values", projectId, period.id(),
                        new ParameterizedTypeReference<HourlySeries>() {
                        }), PARALLEL)
                : CompletableFuture.completedFuture(null);
        List<Aggregate> aggregates = get(caller, "/aggregates", projectId, period.id(), new ParameterizedTypeReference<>() {
        });
        List<MonitoredSeries> series = aggregates == null ? List.of() : aggregates.stream()
                .map(a -> new MonitoredSeries(a.parameter(), a.source(), a.month() == null ? null : YearMonth.parse(a.month()),
                        a.unit(), a.sum(), a.samples().stream().map(BigDecimal::new).toList()))
                .toList();
        HourlySeries hourly;
        try {
            hourly = hours.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return new MonitoredPeriod(period.start(), period.end(), series, hourly == null ? List.of() : hourly.values());
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
