package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.monitoring.plan.PlanInForce;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The readings of a period that the checks look at one by one: the suspicious ones, and batches another project uploaded too. */
@Repository
public class QaReadings {

    private final JdbcTemplate jdbc;

    QaReadings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each data logger channel's hours of the period, summed up in the database (a year is 8,760 rows a channel). */
    public List<QaInput.LoggerChannelHours> loggerHours(String projectId, String periodId, LocalDate periodStart) {
        return jdbc.query(
                """
                SELECT h.mn, h.code, min(h.parameter) AS parameter, min(ch.meter) AS meter, count(*) AS hours,
                       (extract(epoch FROM max(h.hour) - ?::timestamp) / 3600)::bigint + 1 - count(*) AS missing,
                       count(*) FILTER (WHERE h.flag <> 'N') AS invalid,
                       min(h.hour) FILTER (WHERE h.flag <> 'N') AS first_invalid,
                       count(*) FILTER (WHERE h.disagrees) AS disagreeing,
                       min(h.hour) FILTER (WHERE h.disagrees) AS first_disagreeing,
                       count(*) FILTER (WHERE h.calibration_minutes > 0 AND c.meter_serial IS NULL) AS calibrating,
                       min(h.hour) FILTER (WHERE h.calibration_minutes > 0 AND c.meter_serial IS NULL) AS first_calibrating
                FROM logger_hours h
                LEFT JOIN data_loggers l ON l.mn = h.mn
                LEFT JOIN LATERAL (SELECT e ->> 'meterSerial' AS meter FROM jsonb_array_elements(l.channels) e
                                   WHERE e ->> 'code' = h.code) ch ON true
                LEFT JOIN calibrations c
                       ON c.project_id = h.project_id AND c.meter_serial = ch.meter AND c.performed_on = h.hour::date
                WHERE h.project_id = ? AND h.period_id = ?
                GROUP BY h.mn, h.code ORDER BY h.mn, h.code""",
                (rs, i) -> new QaInput.LoggerChannelHours(
                        rs.getString("mn"),
                        rs.getString("code"),
                        rs.getString("parameter"),
                        rs.getString("meter"),
                        rs.getLong("hours"),
                        rs.getLong("missing"),
                        rs.getLong("invalid"),
                        rs.getString("first_invalid"),
                        rs.getLong("disagreeing"),
                        rs.getString("first_disagreeing"),
                        rs.getLong("calibrating"),
                        rs.getString("first_calibrating")),
                periodStart.atStartOfDay(),
                projectId,
                periodId);
    }

    /** Batches of a period whose exact content another project uploaded too (only how many projects is told). */
    public List<QaInput.ReusedBatch> reusedBatches(String projectId, String periodId) {
        return jdbc.query(
                """
                SELECT b.id, b.sha256, b.recorded_at, count(DISTINCT o.project_id) AS others
                FROM reading_batches b JOIN reading_batches o ON o.sha256 = b.sha256 AND o.project_id <> b.project_id
                WHERE b.project_id = ? AND b.period_id = ?
                GROUP BY b.id, b.sha256, b.recorded_at ORDER BY b.recorded_at""",
                (rs, i) -> new QaInput.ReusedBatch(
                        rs.getString("id"),
                        rs.getString("sha256"),
                        rs.getTimestamp("recorded_at").toInstant().toString(),
                        rs.getLong("others")),
                projectId,
                periodId);
    }

    /** Sub-daily readings of the given destruction-unit parameters that lie wholly in a logged shutdown of their unit. */
    List<QaInput.ValuesWhileDown> valuesWhileDown(
            ProjectView project, ReportingPeriodView period, String[] unitParameters) {
        return jdbc.query(
                con -> {
                    var statement = con.prepareStatement("""
                    SELECT r.parameter, r.source, count(*) AS n, sum(r.effective_value) AS total, min(r.starts_at) AS first
                    FROM effective_readings r
                    JOIN downtime d ON d.project_id = r.project_id AND d.unit_id = r.source
                     AND (d.starts_local AT TIME ZONE ?) <= r.starts_at AND (d.ends_local AT TIME ZONE ?) >= r.ends_at
                    WHERE r.project_id = ? AND r.period_id = ? AND r.effective_value > 0
                      AND r.ends_at - r.starts_at < interval '1 day' AND r.parameter = ANY(?)
                    GROUP BY r.parameter, r.source""");
                    statement.setString(1, project.timeZone());
                    statement.setString(2, project.timeZone());
                    statement.setString(3, project.id());
                    statement.setString(4, period.id());
                    statement.setArray(5, con.createArrayOf("text", unitParameters));
                    return statement;
                },
                (rs, i) -> new QaInput.ValuesWhileDown(
                        rs.getString("parameter"),
                        rs.getString("source"),
                        rs.getLong("n"),
                        rs.getBigDecimal("total"),
                        rs.getTimestamp("first").toInstant().toString()));
    }

    /**
     * Readings taken while {@code version} was in force (starting on one of its days, in the
     * project's time zone) that lie outside its plausible range, parameter by parameter.
     */
    List<QaInput.OutOfRange> outOfRange(ProjectView project, String periodId, PlanInForce version) {
        List<QaInput.OutOfRange> found = new ArrayList<>();
        ZoneId zone = ZoneId.of(project.timeZone());
        OffsetDateTime from = version.from() == null
                ? null
                : version.from().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime until = version.until() == null
                ? null
                : version.until().atStartOfDay(zone).toOffsetDateTime();
        version.plan().parameters().stream()
                .filter(p -> p.plausibleMinimum() != null || p.plausibleMaximum() != null)
                .forEach(p -> found.addAll(jdbc.query(
                        """
                                SELECT parameter, source, count(*) AS n, min(effective_value) AS low, max(effective_value) AS high
                                FROM effective_readings
                                WHERE project_id = ? AND period_id = ? AND parameter = ?
                                  AND (?::timestamptz IS NULL OR starts_at >= ?::timestamptz)
                                  AND (?::timestamptz IS NULL OR starts_at < ?::timestamptz)
                                  AND (effective_value < COALESCE(?::numeric, effective_value)
                                       OR effective_value > COALESCE(?::numeric, effective_value))
                                GROUP BY parameter, source""",
                        (rs, i) -> new QaInput.OutOfRange(
                                rs.getString("parameter"),
                                rs.getString("source"),
                                rs.getLong("n"),
                                rs.getBigDecimal("low"),
                                rs.getBigDecimal("high"),
                                p.plausibleMinimum(),
                                p.plausibleMaximum()),
                        project.id(),
                        periodId,
                        p.id(),
                        from,
                        from,
                        until,
                        until,
                        p.plausibleMinimum(),
                        p.plausibleMaximum())));
        return found;
    }
}
