package org.carbonmrv.monitoring.rollup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hourly values of each period, one row per parameter and source, kept in step with the
 * readings like the monthly roll-up: an upload appends what it brought, a correction sets the one
 * value it changed. A calculation then reads a year of CEMS data
 * as six rows instead of 52,560.
 */
@Repository
public class HourlySeries {

    /**
     * One series as stored: the start of each value's hour (epoch seconds), and the values and flags
     * as JSON arrays written by PostgreSQL (exact decimals; a missing flag is N), to be passed on as
     * they are.
     */
    public record Stored(
            String parameter, String source, String unit, long[] starts, String valuesJson, String qualityJson) {}

    /** Collects one upload's hourly readings as their rows go by. */
    public static final class Accumulator {

        private final Map<List<String>, Column> series = new LinkedHashMap<>();

        public void add(
                String parameter, String source, String unit, long startEpochSecond, BigDecimal value, String quality) {
            Column column = series.computeIfAbsent(List.of(parameter, source), k -> new Column(unit));
            column.starts.add(startEpochSecond);
            column.values.add(value);
            column.quality.add(quality);
        }

        private static final class Column {
            final String unit;
            final List<Long> starts = new ArrayList<>();
            final List<BigDecimal> values = new ArrayList<>();
            final List<String> quality = new ArrayList<>();

            Column(String unit) {
                this.unit = unit;
            }
        }
    }

    private final JdbcTemplate jdbc;

    HourlySeries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an upload's hourly values to their series (in the upload's transaction). */
    public void add(String projectId, String periodId, Accumulator upload) {
        upload.series.forEach((key, column) -> jdbc.execute((Connection con) -> {
            try (var statement = con.prepareStatement("""
                    INSERT INTO hourly_series (project_id, period_id, parameter, source, unit, starts, vals, quality)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (project_id, period_id, parameter, source) DO UPDATE SET
                        starts = hourly_series.starts || EXCLUDED.starts,
                        vals = hourly_series.vals || EXCLUDED.vals,
                        quality = hourly_series.quality || EXCLUDED.quality""")) {
                statement.setString(1, projectId);
                statement.setString(2, periodId);
                statement.setString(3, key.get(0));
                statement.setString(4, key.get(1));
                statement.setString(5, column.unit);
                statement.setArray(6, con.createArrayOf("bigint", column.starts.toArray()));
                statement.setArray(7, con.createArrayOf("numeric", column.values.toArray()));
                statement.setArray(8, con.createArrayOf("text", column.quality.toArray()));
                return statement.executeUpdate();
            }
        }));
    }

    /**
     * After a correction of the reading that starts at {@code startEpochSecond}: its value in the
     * series becomes the corrected one. Every reading of a kept series is in it (an upload appends
     * them all), so a correction of any other reading changes no row.
     */
    public void corrected(
            String projectId,
            String periodId,
            String parameter,
            String source,
            long startEpochSecond,
            BigDecimal value) {
        jdbc.update("""
                UPDATE hourly_series SET vals[array_position(starts, ?)] = ?
                WHERE project_id = ? AND period_id = ? AND parameter = ? AND source = ?
                  AND array_position(starts, ?) IS NOT NULL""", startEpochSecond, value, projectId, periodId, parameter, source, startEpochSecond);
    }

    /** The period's series of the given parameters. */
    public List<Stored> ofPeriod(String projectId, String periodId, String[] parameters) {
        return jdbc.query(
                con -> {
                    var statement = con.prepareStatement("""
                    SELECT parameter, source, unit, starts::text, array_to_json(vals)::text,
                           array_to_json(array_replace(quality, NULL, 'N'))::text
                    FROM hourly_series
                    WHERE project_id = ? AND period_id = ? AND parameter = ANY(?)
                    ORDER BY parameter, source""");
                    statement.setString(1, projectId);
                    statement.setString(2, periodId);
                    statement.setArray(3, con.createArrayOf("text", parameters));
                    return statement;
                },
                (rs, i) -> new Stored(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        longs(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6)));
    }

    /** {@code {1,2,3}}: a bigint array's text, which has no quotes. */
    static long[] longs(String array) {
        String inner = array.substring(1, array.length() - 1);
        if (inner.isEmpty()) {
            return new long[0];
        }
        String[] items = inner.split(",", -1);
        long[] values = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = Long.parseLong(items[i]);
        }
        return values;
    }
}
