package org.carbonmrv.auditservice.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the queued e-mails through the configured SMTP server ({@code spring.mail.host}; without
 * one nothing is sent and the outbox keeps them). A failure is tried again later, the wait doubling
 * up to an hour; an e-mail is marked sent only once the server took it, so it goes at least once.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final int GIVE_UP_AFTER_ATTEMPTS = 24;

    private final JdbcTemplate jdbc;
    private final JavaMailSender mail;
    private final String from;
    private final String portal;

    NotificationMailer(
            JdbcTemplate jdbc,
            JavaMailSender mail,
            @Value("${mrv.notifications.mail.from:carbon-mrv@localhost}") String from,
            @Value("${mrv.notifications.portal-url:http://127.0.0.1:8080}") String portal) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.from = from;
        this.portal = portal;
    }

    private record Due(
            long id, String address, int attempts, WorkKind kind, String projectName, String period, String reportId) {}

    @Scheduled(fixedDelayString = "${mrv.notifications.mail.interval:2s}")
    void sendDue() {
        List<Due> due;
        try {
            due = jdbc.query(
                    """
                    SELECT m.id, m.address, m.attempts, w.kind, pr.name,
                           pe.period_start || ' – ' || pe.period_end AS period, w.report_id
                    FROM notification_mails m JOIN pending_work w ON w.id = m.work_id
                    LEFT JOIN notification_projects pr ON pr.project_id = w.project_id
                    LEFT JOIN notification_periods pe ON pe.period_id = w.period_id
                    WHERE m.sent_at IS NULL AND m.next_attempt_at <= now() AND m.attempts < ?
                    ORDER BY m.id LIMIT 100""",
                    (row, i) -> new Due(
                            row.getLong(1),
                            row.getString(2),
                            row.getInt(3),
                            WorkKind.valueOf(row.getString(4)),
                            row.getString(5),
                            row.getString(6),
                            row.getString(7)),
                    GIVE_UP_AFTER_ATTEMPTS);
        } catch (RuntimeException e) {
            log.warn("reading the e-mails to send failed, trying again at the next turn: {}", e.getMessage());
            return;
        }
        for (Due one : due) {
            send(one);
        }
    }

    private void send(Due due) {
        try {
            mail.send(message(due));
            jdbc.update("UPDATE notification_mails SET sent_at = now(), error = NULL WHERE id = ?", due.id());
        } catch (MailException e) {
            Duration wait = Duration.ofSeconds(30L << Math.min(due.attempts(), 7));
            jdbc.update(
                    "UPDATE notification_mails SET attempts = attempts + 1, error = ?, next_attempt_at = ? WHERE id = ?",
                    String.valueOf(e.getMessage()),
                    Timestamp.from(
                            Instant.now().plus(wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait)),
                    due.id());
        }
    }

    private SimpleMailMessage message(Due due) {
        String what = WorkTexts.of(due.kind());
        String project = due.projectName() == null ? "" : due.projectName();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(due.address());
        message.setSubject("Carbon MRV: " + what + (project.isEmpty() ? "" : " · " + project));
        message.setText(what + "\n\n"
                + (project.isEmpty() ? "" : "Project: " + project + "\n")
                + (due.period() == null ? "" : "Reporting period: " + due.period() + "\n")
                + "\nWhat needs you now: " + portal + "/"
                + (due.reportId() == null ? "" : "\nThe report: " + portal + "/reports/" + due.reportId())
                + "\n\nYou get this e-mail because you asked for it; DELETE /api/notifications/mail stops it.\n");
        return message;
    }
}
