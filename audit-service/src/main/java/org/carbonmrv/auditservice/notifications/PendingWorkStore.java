package org.carbonmrv.auditservice.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The tables the pending work is kept in, written by {@link WorkRules} inside the projection's
 * transaction: opening an item also queues an e-mail to each subscriber it is for (the outbox).
 */
@Component
class PendingWorkStore {

    private final JdbcTemplate jdbc;

    PendingWorkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void open(Work work, long position, Instant at) {
        List<Long> opened = jdbc.queryForList(
                """
                INSERT INTO pending_work (kind, subject, organisation, role, project_id, period_id, report_id,
                    report_version, opened_position, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, subject) WHERE closed_at IS NULL DO NOTHING RETURNING id""",
                Long.class,
                work.kind().name(),
                work.subject(),
                work.organisation(),
                work.kind().role(),
                work.projectId(),
                work.periodId(),
                work.reportId(),
                work.reportVersion(),
                position,
                Timestamp.from(at));
        for (Long id : opened) {
            jdbc.update("""
                    INSERT INTO notification_mails (work_id, address)
                    SELECT ?, address FROM notification_subscriptions
                    WHERE ? = ANY (roles) AND (?::varchar IS NULL OR organisation = ?)
                    ON CONFLICT DO NOTHING""", id, work.kind().role(), work.organisation(), work.organisation());
        }
    }

    void close(WorkKind kind, String subject, long position, Instant at) {
        jdbc.update(
                "UPDATE pending_work SET closed_position = ?, closed_at = ? WHERE kind = ? AND subject = ? AND closed_at IS NULL",
                position,
                Timestamp.from(at),
                kind.name(),
                subject);
    }

    /** Closes the open work of a project of the kinds given (all when none are). */
    void closeOfProject(String projectId, long position, Instant at, WorkKind... kinds) {
        String[] names = java.util.Arrays.stream(kinds).map(Enum::name).toArray(String[]::new);
        jdbc.update(
                "UPDATE pending_work SET closed_position = ?, closed_at = ? WHERE project_id = ? AND closed_at IS NULL"
                        + " AND (cardinality(?::varchar[]) = 0 OR kind = ANY (?::varchar[]))",
                position,
                Timestamp.from(at),
                projectId,
                names,
                names);
    }

    /** Closes the open work of a kind on a report, whatever its subject (the findings of a report). */
    void closeOfReport(WorkKind kind, String reportId, long position, Instant at) {
        jdbc.update(
                "UPDATE pending_work SET closed_position = ?, closed_at = ? WHERE kind = ? AND report_id = ? AND closed_at IS NULL",
                position,
                Timestamp.from(at),
                kind.name(),
                reportId);
    }

    void project(String projectId, String name, String ownerOrganisation) {
        jdbc.update(
                "INSERT INTO notification_projects (project_id, name, owner_organisation) VALUES (?, ?, ?)"
                        + " ON CONFLICT (project_id) DO UPDATE SET name = EXCLUDED.name",
                projectId,
                name,
                ownerOrganisation);
    }

    Optional<String> ownerOf(String projectId) {
        return jdbc
                .queryForList(
                        "SELECT owner_organisation FROM notification_projects WHERE project_id = ?",
                        String.class,
                        projectId)
                .stream()
                .findFirst();
    }

    void period(String periodId, String projectId, LocalDate start, LocalDate end) {
        jdbc.update(
                "INSERT INTO notification_periods (period_id, project_id, period_start, period_end) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                periodId,
                projectId,
                Date.valueOf(start),
                Date.valueOf(end));
    }

    void verifierOf(String periodId, String verifierOrganisation) {
        jdbc.update(
                "UPDATE notification_periods SET verifier_organisation = ? WHERE period_id = ?",
                verifierOrganisation,
                periodId);
    }

    void report(String reportId, String projectId, String periodId) {
        jdbc.update(
                "INSERT INTO notification_reports (report_id, project_id, period_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                reportId,
                projectId,
                periodId);
    }

    void approved(String reportId) {
        jdbc.update("UPDATE notification_reports SET approved = TRUE WHERE report_id = ?", reportId);
    }

    /** A report as the work on it needs it: its period, whether approved, the period's verifier. */
    record Report(String periodId, boolean approved, String verifierOrganisation) {}

    Optional<Report> reportOf(String reportId) {
        return jdbc
                .query("""
                        SELECT r.period_id, r.approved, p.verifier_organisation FROM notification_reports r
                        LEFT JOIN notification_periods p ON p.period_id = r.period_id WHERE r.report_id = ?""", (row, i) -> new Report(row.getString(1), row.getBoolean(2), row.getString(3)), reportId)
                .stream()
                .findFirst();
    }

    /** The report of a reporting period, if one was calculated. */
    Optional<String> reportOfPeriod(String periodId) {
        return jdbc
                .queryForList(
                        "SELECT report_id FROM notification_reports WHERE period_id = ? ORDER BY report_id LIMIT 1",
                        String.class,
                        periodId)
                .stream()
                .findFirst();
    }

    Optional<String> requestOf(String reportId, int version) {
        return jdbc
                .queryForList(
                        "SELECT subject FROM pending_work WHERE kind = ? AND report_id = ? AND report_version = ?"
                                + " AND closed_at IS NULL",
                        String.class,
                        WorkKind.ISSUANCE_TO_APPROVE.name(),
                        reportId,
                        version)
                .stream()
                .findFirst();
    }
}
