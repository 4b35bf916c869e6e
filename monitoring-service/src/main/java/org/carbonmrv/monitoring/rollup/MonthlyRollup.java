package org.carbonmrv.monitoring.rollup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Monthly count, total, lowest and highest effective value per parameter and source, kept in step
 * with the readings: an upload adds what it brought (summed while it streamed), a correction
 * recomputes the one month it touched.
 */
@Repository
public class MonthlyRollup {

    public record Key(String parameter, String source, YearMonth month, String unit) {}

    public record Totals(Key key, long count, BigDecimal total, BigDecimal low, BigDecimal high) {}

    /** Sums one upload as its rows go by. */
    public static final class Accumulator {
        private final Map<Key, long[]> counts = new HashMap<>();
        private final Map<Key, BigDecimal[]> sums = new HashMap<>();

        public void add(String parameter, String source, YearMonth month, String unit, BigDecimal value) {
            Key key = new Key(parameter, source, month, unit);
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            BigDecimal[] s = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, value, value});
            s[0] = s[0].add(value);
            s[1] = s[1].min(value);
            s[2] = s[2].max(value);
        }

        public Set<Key> keys() {
            return counts.keySet();
        }
    }

    private final JdbcTemplate jdbc;

    MonthlyRollup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String projectId, String periodId, Accumulator upload) {
        List<Object[]> rows = upload.counts.entrySet().stream()
                .map(e -> {
                    Key k = e.getKey();
                    BigDecimal[] s = upload.sums.get(k);
                    return new Object[] {
                        projectId,
                        periodId,
                        k.parameter(),
                        k.source(),
                        month(k.month()),
                        k.unit(),
                        e.getValue()[0],
                        s[0],
                        s[1],
                        s[2]
                    };
                })
                .toList();
        jdbc.batchUpdate("""
                INSERT INTO monthly_rollup (project_id, period_id, parameter, source, month, unit, n, total, low, high)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (project_id, period_id, parameter, source, month) DO UPDATE SET
                    n = monthly_rollup.n + EXCLUDED.n,
                    total = monthly_rollup.total + EXCLUDED.total,
                    low = LEAST(monthly_rollup.low, EXCLUDED.low),
                    high = GREATEST(monthly_rollup.high, EXCLUDED.high)""", rows);
    }

    /**
     * Which of an upload's parameter, source and month triples already hold stored readings of the
     * project (in any period): only there can an upload overlap what is stored, since a reading
     * lies within one month.
     */
    public List<Key> alreadyHeld(String projectId, Accumulator upload) {
        List<Key> keys = List.copyOf(upload.keys());
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                """
                        SELECT DISTINCT m.parameter, m.source, m.month FROM monthly_rollup m
                        JOIN unnest(?::text[], ?::text[], ?::text[]) AS u(parameter, source, month)
                          ON m.parameter = u.parameter AND m.source = u.source AND m.month = u.month
                        WHERE m.project_id = ? AND m.n > 0""",
                (rs, i) -> new Key(
                        rs.getString("parameter"),
                        rs.getString("source"),
                        rs.getString("month").isEmpty() ? null : YearMonth.parse(rs.getString("month")),
                        null),
                keys.stream().map(Key::parameter).toArray(String[]::new),
                keys.stream().map(Key::source).toArray(String[]::new),
                keys.stream().map(k -> month(k.month())).toArray(String[]::new),
                projectId);
    }

    /** After a correction: recount the month of that parameter and source from the effective readings. */
    public void recompute(String projectId, String periodId, String parameter, String source, YearMonth month) {
        jdbc.update(
                """
                UPDATE monthly_rollup m SET n = a.n, total = a.total, low = a.low, high = a.high
                FROM (SELECT count(*) AS n, sum(effective_value) AS total, min(effective_value) AS low,
                             max(effective_value) AS high
                      FROM effective_readings
                      WHERE project_id = ? AND period_id = ? AND parameter = ? AND source = ?
                        AND COALESCE(month, '') = ?) a
                WHERE m.project_id = ? AND m.period_id = ? AND m.parameter = ? AND m.source = ? AND m.month = ?""",
                projectId,
                periodId,
                parameter,
                source,
                month(month),
                projectId,
                periodId,
                parameter,
                source,
                month(month));
    }

    public List<Totals> ofPeriod(String projectId, String periodId) {
        return jdbc.query(
                """
                        SELECT * FROM monthly_rollup WHERE project_id = ? AND period_id = ?
                        ORDER BY parameter, source, month""",
                (rs, i) -> new Totals(
                        new Key(
                                rs.getString("parameter"),
                                rs.getString("source"),
                                rs.getString("month").isEmpty() ? null : YearMonth.parse(rs.getString("month")),
                                rs.getString("unit")),
                        rs.getLong("n"),
                        rs.getBigDecimal("total"),
                        rs.getBigDecimal("low"),
                        rs.getBigDecimal("high")),
                projectId,
                periodId);
    }

    private static String month(YearMonth month) {
        return month == null ? "" : month.toString();
    }
}
