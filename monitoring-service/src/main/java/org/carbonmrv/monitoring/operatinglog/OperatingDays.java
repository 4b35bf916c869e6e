package org.carbonmrv.monitoring.operatinglog;

import org.carbonmrv.api.monitoring.DowntimeEntry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Operating days derived from the shutdown log: a day on which the unit ran at all counts (the
 * CM-010 rule, "any day the furnace ran counts as 24 h"). Shutdown rows of a unit are merged
 * first, so a shutdown logged as two touching rows still covers the day where they meet.
 */
public final class OperatingDays {

    public record Span(LocalDateTime from, LocalDateTime to) {}

    private OperatingDays() {}

    public static List<Span> merged(List<DowntimeEntry> entries, String unitId) {
        List<DowntimeEntry> sorted = entries.stream()
                .filter(e -> e.unitId().equals(unitId) && e.isShutdown())
                .sorted(Comparator.comparing(DowntimeEntry::from))
                .toList();
        List<Span> spans = new ArrayList<>();
        for (DowntimeEntry e : sorted) {
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && !e.from().isAfter(last.to())) {
                spans.set(spans.size() - 1, new Span(last.from(), e.to().isAfter(last.to()) ? e.to() : last.to()));
            } else {
                spans.add(new Span(e.from(), e.to()));
            }
        }
        return spans;
    }

    /** Days of the month on which the unit was down for all 24 hours. */
    public static List<LocalDate> fullyDownDays(List<Span> merged, YearMonth month) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            LocalDateTime start = day.atStartOfDay();
            LocalDateTime end = day.plusDays(1).atStartOfDay();
            if (merged.stream().anyMatch(s -> !s.from().isAfter(start) && !s.to().isBefore(end))) {
                days.add(day);
            }
        }
        return days;
    }

    public static int operatingDays(List<DowntimeEntry> entries, String unitId, YearMonth month) {
        return month.lengthOfMonth()
                - fullyDownDays(merged(entries, unitId), month).size();
    }

    /** Whether the unit was down throughout [from, to). */
    public static boolean downThroughout(
            List<DowntimeEntry> entries, String unitId, LocalDateTime from, LocalDateTime to) {
        return merged(entries, unitId).stream().anyMatch(s -> !s.from().isAfter(from) && !s.to().isBefore(to));
    }

    /** Whether production was logged as stopped throughout [from, to), on any unit's rows. */
    public static boolean productionStoppedThroughout(
            List<DowntimeEntry> entries, LocalDateTime from, LocalDateTime to) {
        List<DowntimeEntry> stopped = entries.stream()
                .filter(e -> e.isShutdown() && e.productionStopped())
                .toList();
        List<DowntimeEntry> asOneUnit = stopped.stream()
                .map(e -> new DowntimeEntry("production", e.from(), e.to(), true, null, null))
                .toList();
        return downThroughout(asOneUnit, "production", from, to);
    }
}
