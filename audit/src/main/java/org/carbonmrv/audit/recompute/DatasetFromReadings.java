package org.carbonmrv.audit.recompute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.methodology.CanonicalJson;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.HourlySeries;
import org.carbonmrv.methodology.LocalHours;
import org.carbonmrv.methodology.Methodology;
import org.carbonmrv.methodology.MonitoredPeriod;
import org.carbonmrv.methodology.MonitoredSeries;
import org.carbonmrv.methodology.ParameterDefinition;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a version's data set is what its period's readings gave when it was calculated: the
 * readings of the batches recorded before the version, each at its value as corrected by the
 * corrections recorded before the version (later corrections are left out), summed per parameter,
 * source and month with the samples in time order, and the hourly values by local hour, as the
 * monitoring-service hands them to a calculation; the pinned methodology then assembles its data
 * set from them, and that data set's digest must be the version's. A data set that differs is
 * named field by field.
 */
final class DatasetFromReadings {

    private static final int DIFFERENCES_NAMED = 5;

    private DatasetFromReadings() {}

    static final String WHAT = "the data set is what the period's readings gave, corrections as they stood then";

    static Link check(
            Connection connection,
            Methodology methodology,
            String projectId,
            String periodId,
            List<String> batchIds,
            long versionIndex,
            String digest,
            JsonNode stored)
            throws SQLException {
        Optional<Period> period = period(connection, projectId, periodId, versionIndex);
        if (period.isEmpty()) {
            return new Link(WHAT, false, "no reporting period " + periodId + " of project " + projectId + " before it");
        }
        Map<Long, BigDecimal> corrected = corrections(connection, projectId, versionIndex);
        MonitoredPeriod monitored = monitored(connection, methodology, period.get(), batchIds, corrected);
        ObjectNode rebuilt;
        try {
            rebuilt = methodology.assembleDataset(monitored);
        } catch (DatasetException e) {
            return new Link(WHAT, false, "the readings do not make a data set: " + e.getMessage());
        }
        String again = CanonicalJson.sha256(rebuilt);
        if (again.equals(digest)) {
            return new Link(
                    WHAT,
                    true,
                    batchIds.size() + " batches, " + corrected.size() + " corrections before the version; SHA-256 "
                            + again);
        }
        List<String> differences = new ArrayList<>();
        differences(stored, rebuilt, "", differences);
        return new Link(
                WHAT,
                false,
                "from the readings SHA-256 " + again + "; "
                        + (differences.isEmpty() ? "the content differs" : String.join("; ", differences)));
    }

    private record Period(LocalDate start, LocalDate end, ZoneId zone) {}

    /** The period's dates, and the project's time zone as it stood before the version. */
    private static Optional<Period> period(Connection connection, String projectId, String periodId, long before)
            throws SQLException {
        JsonNode opened = null;
        JsonNode project = null;
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT payload_type, payload FROM eventstore.domain_event_entry
                WHERE aggregate_identifier = ? AND global_index < ?
                  AND payload_type IN ('org.carbonmrv.api.project.ProjectSubmittedEvent',
                                       'org.carbonmrv.api.project.ReportingPeriodOpenedEvent')
                ORDER BY global_index""")) {
            select.setString(1, projectId);
            select.setLong(2, before);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    JsonNode payload = Recomputation.json(rows.getBytes(2));
                    if (rows.getString(1).endsWith("ProjectSubmittedEvent")) {
                        project = payload;
                    } else if (periodId.equals(payload.path("reportingPeriodId").asText())) {
                        opened = payload;
                    }
                }
            }
        }
        if (opened == null || project == null) {
            return Optional.empty();
        }
        return Optional.of(new Period(
                LocalDate.parse(opened.get("start").asText()),
                LocalDate.parse(opened.get("end").asText()),
                ZoneId.of(project.get("timeZone").asText())));
    }

    /** Each corrected reading's value after the last correction recorded before the version. */
    private static Map<Long, BigDecimal> corrections(Connection connection, String projectId, long before)
            throws SQLException {
        Map<Long, BigDecimal> corrected = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT payload FROM eventstore.domain_event_entry
                WHERE payload_type = 'org.carbonmrv.api.monitoring.ReadingCorrectedEvent' AND global_index < ?
                ORDER BY global_index""")) {
            select.setLong(1, before);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    JsonNode correction = Recomputation.json(rows.getBytes(1));
                    if (projectId.equals(correction.path("projectId").asText())) {
                        corrected.put(
                                correction.get("readingId").asLong(),
                                correction.get("correctedValue").decimalValue());
                    }
                }
            }
        }
        return corrected;
    }

    /** A parameter and source in a month (null: the whole period). */
    private record Key(String parameter, String source, YearMonth month) {}

    private record Sample(long startsAt, BigDecimal value) {}

    private static final class Sums {
        final String unit;
        BigDecimal sum = BigDecimal.ZERO;
        final List<Sample> samples = new ArrayList<>();

        Sums(String unit) {
            this.unit = unit;
        }
    }

    private static final class Hours {
        final List<Integer> hours = new ArrayList<>();
        final List<BigDecimal> values = new ArrayList<>();
        final List<String> quality = new ArrayList<>();
    }

    private static MonitoredPeriod monitored(
            Connection connection,
            Methodology methodology,
            Period period,
            List<String> batchIds,
            Map<Long, BigDecimal> corrected)
            throws SQLException {
        Set<String> sampled = Set.of(methodology.parameterIds(ParameterDefinition.Aggregation.MEAN_OF_SAMPLES));
        Set<String> hourly = methodology.readsHourlyValues()
                ? Set.of(methodology.parameterIds(ParameterDefinition.Aggregation.HOURLY))
                : Set.of();
        LocalHours localHours = new LocalHours(
                period.zone(),
                period.start().atStartOfDay(),
                period.end().plusDays(1).atStartOfDay());
        // ordered as the monitoring-service lists them: by parameter, source and month (the period's values first)
        Map<Key, Sums> sums = new java.util.TreeMap<>(java.util.Comparator.comparing(Key::parameter)
                .thenComparing(Key::source)
                .thenComparing(Key::month, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        Map<List<String>, Hours> series = new java.util.TreeMap<>(
                java.util.Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        // in the order the readings were stored, as the monitoring-service appends its series
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, parameter, source, month, unit, value, extract(epoch FROM starts_at)::bigint, quality
                FROM monitoring_service.readings WHERE batch_id = ANY (?) ORDER BY id""")) {
            select.setArray(1, connection.createArrayOf("varchar", batchIds.toArray()));
            select.setFetchSize(5000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String parameter = rows.getString(2);
                    String source = rows.getString(3);
                    String month = rows.getString(4);
                    BigDecimal value = corrected.getOrDefault(rows.getLong(1), rows.getBigDecimal(6));
                    Key key = new Key(
                            parameter, source, month == null || month.isBlank() ? null : YearMonth.parse(month.trim()));
                    String unit = rows.getString(5);
                    Sums sum = sums.computeIfAbsent(key, k -> new Sums(unit));
                    sum.sum = sum.sum.add(value);
                    if (sampled.contains(parameter)) {
                        sum.samples.add(new Sample(rows.getLong(7), value));
                    }
                    if (hourly.contains(parameter)) {
                        Hours hours = series.computeIfAbsent(List.of(parameter, source), k -> new Hours());
                        hours.hours.add(Math.toIntExact(localHours.localHourStartingAt(rows.getLong(7))));
                        hours.values.add(value);
                        String quality = rows.getString(8);
                        hours.quality.add(quality == null ? "N" : quality);
                    }
                }
            }
        }
        List<MonitoredSeries> monthly = new ArrayList<>();
        sums.forEach((key, sum) -> monthly.add(new MonitoredSeries(
                key.parameter(), key.source(), key.month(), sum.unit, sum.sum, samplesInTimeOrder(sum))));
        List<HourlySeries> hourlySeries = new ArrayList<>();
        series.forEach((key, hours) -> hourlySeries.add(new HourlySeries(
                key.get(0),
                key.get(1),
                hours.hours.stream().mapToInt(Integer::intValue).toArray(),
                hours.values.toArray(BigDecimal[]::new),
                hours.quality.toArray(String[]::new))));
        return new MonitoredPeriod(period.start(), period.end(), monthly, hourlySeries);
    }

    private static List<BigDecimal> samplesInTimeOrder(Sums sum) {
        return sum.samples.stream()
                .sorted(java.util.Comparator.comparingLong(Sample::startsAt))
                .map(Sample::value)
                .toList();
    }

    /** The first few fields whose values differ, by their path in the data set. */
    private static void differences(JsonNode stored, JsonNode rebuilt, String path, List<String> found) {
        if (found.size() >= DIFFERENCES_NAMED) {
            return;
        }
        if (stored != null && rebuilt != null && stored.isObject() && rebuilt.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            stored.fieldNames().forEachRemaining(names::add);
            rebuilt.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                differences(stored.get(name), rebuilt.get(name), path.isEmpty() ? name : path + "." + name, found);
            }
        } else if (stored != null && rebuilt != null && stored.isArray() && rebuilt.isArray()) {
            Iterator<JsonNode> a = stored.elements();
            Iterator<JsonNode> b = rebuilt.elements();
            for (int i = 0; a.hasNext() || b.hasNext(); i++) {
                differences(a.hasNext() ? a.next() : null, b.hasNext() ? b.next() : null, path + "[" + i + "]", found);
            }
        } else if (stored == null || rebuilt == null || !stored.equals(rebuilt)) {
            found.add(path + ": " + (stored == null ? "absent" : stored.toString()) + " in the data set, "
                    + (rebuilt == null ? "absent" : rebuilt.toString()) + " from the readings");
        }
    }
}
