package org.carbonmrv.monitoring.readings;

import org.carbonmrv.monitoring.rollup.MonthlyRollup;
import org.carbonmrv.platform.problem.FieldProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Overlaps found in the database, in the upload's transaction after its rows are written: within
 * the upload for series whose rows came out of order, and against readings already stored.
 *
 * <p>Both rest on one fact: sort a series' intervals by start; if any two overlap, then two
 * neighbours in that order overlap. Stored readings never overlap each other, nor do the upload's
 * rows once checked, so each new row need only be compared with its stored neighbour on either
 * side: two index look-ups, whatever the size of the history.
 */
@Repository
class StoredOverlaps {

    static final int MAX_REPORTED = 20;

    private final JdbcTemplate jdbc;

    StoredOverlaps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows of the upload that overlap their neighbour in time, for the series that came out of order. */
    List<FieldProblem> withinUpload(String projectId, String batchId, Set<UploadOverlaps.Series> series) {
        List<FieldProblem> problems = new ArrayList<>();
        for (UploadOverlaps.Series s : series) {
            problems.addAll(jdbc.query(
                    """
                    SELECT row_number, previous_row, starts_at, ends_at FROM (
                        SELECT row_number, starts_at, ends_at, lag(ends_at) OVER w AS previous_end, lag(row_number) OVER w AS previous_row
                        FROM readings WHERE project_id = ? AND parameter = ? AND source = ? AND batch_id = ?
                        WINDOW w AS (ORDER BY starts_at, ends_at)) r
                    WHERE starts_at < previous_end ORDER BY row_number LIMIT ?""",
                    (rs, i) -> new FieldProblem(
                            "rows[" + rs.getInt("row_number") + "].from",
                            "overlaps rows[" + rs.getInt("previous_row") + "] (same parameter " + s.parameter()
                                    + " and source " + s.source() + "); each interval may be reported once",
                            rs.getTimestamp("starts_at").toInstant() + ".."
                                    + rs.getTimestamp("ends_at").toInstant()),
                    projectId,
                    s.parameter(),
                    s.source(),
                    batchId,
                    MAX_REPORTED));
        }
        return problems;
    }

    /** Rows of the upload that overlap a stored reading, for the months that already hold readings. */
    List<FieldProblem> againstStored(String projectId, String batchId, List<MonthlyRollup.Key> held) {
        List<FieldProblem> problems = new ArrayList<>();
        for (MonthlyRollup.Key key : held) {
            if (problems.size() >= MAX_REPORTED || key.month() == null) {
                // whole-period values all have the period's interval: a repeat is refused by the readings' unique key
                continue;
            }
            // a reading lies within one local month: a day either side of the UTC month bounds the search
            YearMonth month = key.month();
            Timestamp from =
                    Timestamp.from(month.atDay(1).atStartOfDay().minusDays(1).toInstant(ZoneOffset.UTC));
            Timestamp to = Timestamp.from(
                    month.plusMonths(1).atDay(1).atStartOfDay().plusDays(1).toInstant(ZoneOffset.UTC));
            problems.addAll(jdbc.query(
                    """
                    SELECT DISTINCT ON (n.row_number, s.id) n.row_number, s.id, s.batch_id, s.starts_at, s.ends_at, s.value, s.unit
                    FROM readings n CROSS JOIN LATERAL (
                        (SELECT * FROM readings s WHERE s.project_id = n.project_id AND s.parameter = n.parameter
                            AND s.source = n.source AND s.starts_at <= n.starts_at AND s.id <> n.id
                         ORDER BY s.starts_at DESC LIMIT 1)
                        UNION ALL
                        (SELECT * FROM readings s WHERE s.project_id = n.project_id AND s.parameter = n.parameter
                            AND s.source = n.source AND s.starts_at >= n.starts_at AND s.id <> n.id
                         ORDER BY s.starts_at LIMIT 1)) s
                    WHERE n.project_id = ? AND n.parameter = ? AND n.source = ? AND n.batch_id = ?
                      AND n.starts_at >= ? AND n.starts_at < ?
                      AND s.batch_id <> n.batch_id AND s.starts_at < n.ends_at AND s.ends_at > n.starts_at
                    ORDER BY n.row_number, s.id LIMIT ?""",
                    (rs, i) -> new FieldProblem(
                            "rows[" + rs.getInt("row_number") + "]",
                            "overlaps the stored reading " + rs.getLong("id") + " of " + key.parameter() + " / "
                                    + key.source() + " ("
                                    + rs.getTimestamp("starts_at").toInstant() + ".."
                                    + rs.getTimestamp("ends_at").toInstant() + ", "
                                    + rs.getBigDecimal("value").toPlainString() + " " + rs.getString("unit")
                                    + ", batch "
                                    + rs.getString("batch_id")
                                    + "); to change a stored value, POST /api/monitoring/projects/"
                                    + projectId + "/readings/" + rs.getLong("id") + "/corrections",
                            String.valueOf(rs.getLong("id"))),
                    projectId,
                    key.parameter(),
                    key.source(),
                    batchId,
                    from,
                    to,
                    MAX_REPORTED));
        }
        return problems;
    }
}
