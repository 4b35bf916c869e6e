package org.carbonmrv.methodology.caraapp;

import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.DatasetReader;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.carbonmrv.methodology.Checks.nonNegative;

/**
 * The period's hours, local time, dates inclusive, with the N2O mass of each stream (in, out,
 * bypass) read from the hourly rows: null where an hour is missing or flagged invalid, for
 * {@link HourlyStream} to fill. Every hour of the period is on the grid once.
 */
final class HourGrid {

    static final String[] STREAMS = {"in", "out", "byp"};
    static final int IN = 0;
    static final int OUT = 1;
    static final int BYPASS = 2;

    private static final BigDecimal MG_TO_T = new BigDecimal("1E-9");
    private static final Set<String> INVALID_FLAGS = Set.of("F", "M", "D", "C", "T", "B");
    private static final String[] CONCENTRATION_KEYS = {"in_mg_Nm3", "out_mg_Nm3", "byp_mg_Nm3"};
    private static final String[] FLOW_KEYS = {"in_Nm3_h", "out_Nm3_h", "byp_Nm3_h"};
    private static final String[] FLAG_KEYS = {"in_flag", "out_flag", "byp_flag"};

    private final List<LocalDateTime> hours = new ArrayList<>();
    final BigDecimal[][] masses;
    final boolean[] substituteBypass;
    final boolean[] credited;

    private HourGrid(CarCnAappDataset dataset) {
        LocalDateTime after = dataset.end().plusDays(1).atStartOfDay();
        for (LocalDateTime h = dataset.start().atStartOfDay(); h.isBefore(after); h = h.plusHours(1)) {
            hours.add(h);
        }
        masses = new BigDecimal[STREAMS.length][hours.size()];
        substituteBypass = new boolean[hours.size()];
        credited = new boolean[hours.size()];
        for (int i = 0; i < hours.size(); i++) {
            credited[i] = dataset.credited(hours.get(i).toLocalDate());
        }
    }

    static HourGrid read(List<DatasetReader> hourly, CarCnAappDataset dataset) {
        HourGrid grid = new HourGrid(dataset);
        boolean[] seen = new boolean[grid.size()];
        for (DatasetReader row : hourly) {
            String text = row.text("hour");
            LocalDateTime hour;
            try {
                hour = localTime(text);
            } catch (DateTimeParseException e) {
                throw new DatasetException(row.path() + ".hour", "'" + text + "' is not a local hour yyyy-MM-ddTHH:mm");
            }
            Integer at = grid.indexOf(hour);
            if (at == null) {
                throw new DatasetException(
                        row.path() + ".hour",
                        hour + " is not a whole hour inside the period " + dataset.start() + ".." + dataset.end());
            }
            if (seen[at]) {
                throw new DatasetException(row.path() + ".hour", hour + " appears twice");
            }
            seen[at] = true;
            for (int s = 0; s < STREAMS.length; s++) {
                grid.masses[s][at] = mass(row, s);
            }
            grid.substituteBypass[at] = row.flag("byp_substitute");
        }
        return grid;
    }

    int size() {
        return hours.size();
    }

    List<String> labels() {
        return hours.stream().map(LocalDateTime::toString).toList();
    }

    /** {@code yyyy-MM-ddTHH:mm} read by hand (a year has 8,760 of them); anything else by the ISO parser. */
    static LocalDateTime localTime(String text) {
        if (text.length() == 16
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && text.charAt(10) == 'T'
                && text.charAt(13) == ':') {
            try {
                return LocalDateTime.of(
                        Integer.parseInt(text, 0, 4, 10),
                        Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10),
                        Integer.parseInt(text, 11, 13, 10),
                        Integer.parseInt(text, 14, 16, 10));
            } catch (NumberFormatException | DateTimeException e) {
                // not digits, or no such date: the ISO parser says why
            }
        }
        return LocalDateTime.parse(text);
    }

    /** The hour's place on the grid (whole local hours from its first), or null when it is not on it. */
    private Integer indexOf(LocalDateTime hour) {
        if (hours.isEmpty() || hour.getMinute() != 0 || hour.getSecond() != 0 || hour.getNano() != 0) {
            return null;
        }
        long at = ChronoUnit.HOURS.between(hours.get(0), hour);
        return at >= 0 && at < hours.size() && hours.get((int) at).equals(hour) ? (int) at : null;
    }

    private static BigDecimal mass(DatasetReader row, int stream) {
        String concentrationKey = CONCENTRATION_KEYS[stream];
        String flowKey = FLOW_KEYS[stream];
        String flagKey = FLAG_KEYS[stream];
        boolean flagged = row.has(flagKey);
        if (!flagged && !row.has(concentrationKey) && !row.has(flowKey)) {
            return null; // no value of this stream for the hour: missing, filled like an invalid one
        }
        String flag = flagged ? row.text(flagKey).trim().toUpperCase() : "N";
        if (!flag.equals("N")) {
            if (INVALID_FLAGS.contains(flag)) {
                return null;
            }
            throw new DatasetException(
                    row.path() + "." + flagKey,
                    "'" + flag + "' is not an HJ 212 flag (N valid; F, M, D, C, T, B invalid)");
        }
        BigDecimal concentration = row.quantity(concentrationKey, Unit.MILLIGRAM_PER_NORMAL_CUBIC_METRE);
        BigDecimal flow = row.quantity(flowKey, Unit.NORMAL_CUBIC_METRE_PER_HOUR);
        // the field's path is built only for a refusal: a year reads 52,560 of these values
        if (concentration.signum() < 0) {
            nonNegative(concentration, row.path() + "." + concentrationKey);
        }
        if (flow.signum() < 0) {
            nonNegative(flow, row.path() + "." + flowKey);
        }
        return concentration.multiply(flow).multiply(MG_TO_T);
    }
}
