package org.carbonmrv.auditservice.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The open work of an organisation's roles, as the notifications API answers it. */
@Component
class PendingWork {

    private final JdbcTemplate jdbc;

    PendingWork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PendingItem> openFor(String organisation, Set<String> roles) {
        return jdbc.query("""
                SELECT w.kind, w.project_id, pr.name, w.period_id, pe.period_start, pe.period_end, w.report_id,
                       max(w.report_version) AS report_version, count(*) AS pieces, min(w.opened_at) AS since
                FROM pending_work w
                LEFT JOIN notification_projects pr ON pr.project_id = w.project_id
                LEFT JOIN notification_periods pe ON pe.period_id = w.period_id
                WHERE w.closed_at IS NULL AND w.role = ANY (?) AND (w.organisation IS NULL OR w.organisation = ?)
                GROUP BY w.kind, w.project_id, pr.name, w.period_id, pe.period_start, pe.period_end, w.report_id
                ORDER BY since, w.kind LIMIT 500""", PendingWork::item, roles.toArray(String[]::new), organisation);
    }

    private static PendingItem item(ResultSet row, int i) throws SQLException {
        Integer version = row.getObject("report_version", Integer.class);
        return new PendingItem(
                WorkKind.valueOf(row.getString("kind")),
                row.getString("project_id"),
                row.getString("name"),
                row.getString("period_id"),
                date(row.getDate("period_start")),
                date(row.getDate("period_end")),
                row.getString("report_id"),
                version,
                row.getInt("pieces"),
                row.getTimestamp("since").toInstant());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
