package org.carbonmrv.monitoring.criticalfindings;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.monitoring.ReviewCriticalQaFindingsCommand;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.monitoring.qa.QaReview;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the QA checks of the periods marked due and has the monitoring plan raise the critical
 * findings that are new and clear those gone, so that a critical problem in the data is an event
 * that owners, verifiers and their webhooks hear of, not only something seen on a page. The mark
 * is removed in the transaction that stores the events; a mark made meanwhile waits for its lock
 * and comes back, so no change of the data goes unreviewed. Instances share the marks (SKIP
 * LOCKED).
 */
@Component
class CriticalFindingsReview {

    private static final Logger log = LoggerFactory.getLogger(CriticalFindingsReview.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ProjectDirectory projects;
    private final QaReview review;
    private final CommandGateway commands;

    CriticalFindingsReview(
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            ProjectDirectory projects,
            QaReview review,
            CommandGateway commands) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.projects = projects;
        this.review = review;
        this.commands = commands;
    }

    private record Due(String projectId, String periodId) {

        String key() {
            return projectId + "|" + periodId;
        }
    }

    /** A mark whose review failed: it stays for the next turn, and the other marks go on meanwhile. */
    private static final class ReviewFailed extends RuntimeException {
        final Due mark;

        ReviewFailed(Due mark, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.mark = mark;
        }
    }

    @Scheduled(fixedDelayString = "${mrv.qa.review-interval:2s}", initialDelayString = "${mrv.qa.review-interval:2s}")
    void reviewDue() {
        Set<String> failed = new HashSet<>();
        while (true) {
            try {
                if (transaction.execute(status -> reviewOne(failed)) != Boolean.TRUE) {
                    return;
                }
            } catch (ReviewFailed e) {
                failed.add(e.mark.key());
                log.warn(
                        "reviewing the critical QA findings of {} failed, trying again at the next turn: {}",
                        e.mark,
                        e.getMessage());
            } catch (RuntimeException e) {
                log.warn(
                        "reviewing the critical QA findings failed, trying again at the next turn: {}", e.getMessage());
                return;
            }
        }
    }

    private boolean reviewOne(Set<String> failed) {
        List<Due> due = jdbc.query(
                """
                SELECT project_id, period_id FROM qa_review_due
                WHERE NOT (project_id || '|' || period_id = ANY (?))
                ORDER BY due_since LIMIT 1 FOR UPDATE SKIP LOCKED""", (row, i) -> new Due(row.getString(1), row.getString(2)), (Object) failed.toArray(String[]::new));
        if (due.isEmpty()) {
            return false;
        }
        Due mark = due.get(0);
        try {
            review(mark);
        } catch (RuntimeException e) {
            throw new ReviewFailed(mark, e);
        }
        jdbc.update(
                "DELETE FROM qa_review_due WHERE project_id = ? AND period_id = ?", mark.projectId(), mark.periodId());
        return true;
    }

    private void review(Due mark) {
        ProjectView project;
        try {
            project = projects.project(mark.projectId());
        } catch (DomainException gone) {
            if (gone.status() != 404) {
                throw gone;
            }
            return; // a project that no longer exists has nothing to review
        }
        for (ReportingPeriodView period : project.reportingPeriods()) {
            if (mark.periodId().equals(CriticalFindingsWatch.EVERY_PERIOD)
                    || mark.periodId().equals(period.id())) {
                commands.sendAndWait(new ReviewCriticalQaFindingsCommand(
                        project.id(), period.id(), review.critical(project, period)));
            }
        }
    }
}
