package org.carbonmrv.calculation.monitoring;

import org.carbonmrv.api.monitoring.view.HourlyValues;
import org.carbonmrv.api.monitoring.view.PeriodAggregate;
import org.carbonmrv.api.monitoring.view.QaSummary;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.methodology.HourlySeries;
import org.carbonmrv.methodology.MonitoredPeriod;
import org.carbonmrv.methodology.MonitoredSeries;
import org.carbonmrv.platform.client.ServiceClient;
import org.carbonmrv.platform.client.ServiceClients;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Reads a reporting period's aggregates from the monitoring-service, with the caller's token. */
@Component
public class MonitoredData {

    /** The series with their hours counted from the period's first hour, as the methodology reads them. */
    static List<HourlySeries> series(HourlyValues values, ReportingPeriodView period) {
        int shift = Math.toIntExact(ChronoUnit.HOURS.between(period.start().atStartOfDay(), values.from()));
        return values.series().stream()
                .map(s -> {
                    int[] hours = s.hours();
                    if (shift != 0) {
                        hours = Arrays.stream(hours).map(h -> h + shift).toArray();
                    }
                    return new HourlySeries(s.parameter(), s.source(), hours, s.values(), s.quality());
                })
                .toList();
    }

    private static final Executor PARALLEL = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "monitored-data");
        thread.setDaemon(true);
        return thread;
    });

    private final ServiceClient monitoring;

    MonitoredData(ServiceClients clients, @Value("${mrv.services.monitoring-url}") String url) {
        this.monitoring = clients.of("monitoring-service", url);
    }

    public QaSummary checks(Actor caller, String projectId, String periodId) {
        QaSummary summary = get(caller, "/checks", projectId, periodId, new ParameterizedTypeReference<>() {});
        if (summary == null) {
            throw new DomainException(
                    "dependency-failed", 502, "the monitoring-service answered no QA summary", List.of());
        }
        return summary;
    }

    /** The QA summary for a document, or null when the reader may not see the monitoring data. */
    public QaSummary checksIfReadable(Actor caller, String projectId, String periodId) {
        try {
            return checks(caller, projectId, periodId);
        } catch (DomainException unavailable) {
            return null;
        }
    }

    /** A period's monitored data, asked for and on its way: {@link #period} waits for it. */
    public final class Requested {

        private final CompletableFuture<List<PeriodAggregate>> aggregates;
        private final CompletableFuture<HourlyValues> hourly;

        private Requested(CompletableFuture<List<PeriodAggregate>> aggregates, CompletableFuture<HourlyValues> hourly) {
            this.aggregates = aggregates;
            this.hourly = hourly;
        }

        /** The period as the methodology builds its data set from it: aggregates, and hourly values when it reads them. */
        public MonitoredPeriod period(ReportingPeriodView period, boolean withHourlyValues) {
            List<PeriodAggregate> read = joined(aggregates);
            List<MonitoredSeries> series = read == null
                    ? List.of()
                    : read.stream()
                            .map(a -> new MonitoredSeries(
                                    a.parameter(),
                                    a.source(),
                                    a.month() == null ? null : YearMonth.parse(a.month()),
                                    a.unit(),
                                    a.sum(),
                                    a.samples().stream().map(BigDecimal::new).toList()))
                            .toList();
            HourlyValues hours = withHourlyValues ? joined(hourly) : null;
            return new MonitoredPeriod(
                    period.start(), period.end(), series, hours == null ? List.of() : series(hours, period));
        }
    }

    /**
     * Asks for a period's aggregates and hourly values at once, without waiting. The caller's own
     * token goes with each request, so the monitoring-service decides itself what the caller may
     * read; the calculation can check the project meanwhile.
     */
    public Requested request(Actor caller, String projectId, String periodId) {
        return new Requested(
                inParallel(() -> get(
                        caller,
                        "/aggregates",
                        projectId,
                        periodId,
                        new ParameterizedTypeReference<List<PeriodAggregate>>() {})),
                inParallel(() -> get(
                        caller,
                        "/hourly-values",
                        projectId,
                        periodId,
                        new ParameterizedTypeReference<HourlyValues>() {})));
    }

    /** A read on another thread that stays part of the request (its timing, its attributes). */
    private static <T> CompletableFuture<T> inParallel(Supplier<T> read) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return CompletableFuture.supplyAsync(
                () -> {
                    RequestContextHolder.setRequestAttributes(request);
                    try {
                        return read.get();
                    } finally {
                        RequestContextHolder.resetRequestAttributes();
                    }
                },
                PARALLEL);
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private <T> T get(
            Actor caller, String path, String projectId, String periodId, ParameterizedTypeReference<T> type) {
        return monitoring.get(
                caller, type, "/api/monitoring/projects/{p}/reporting-periods/{r}" + path, projectId, periodId);
    }
}
