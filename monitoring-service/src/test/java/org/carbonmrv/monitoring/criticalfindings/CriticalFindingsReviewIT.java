package org.carbonmrv.monitoring.criticalfindings;

import org.carbonmrv.platform.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * With the project-service out of reach (as in this test: nothing answers its address), a review
 * fails: each such mark stays for the next turn, every mark is tried once per turn, and the turn
 * ends instead of trying the same mark again and again.
 */
@SpringBootTest(
        properties = {
            "mrv.qa.review-interval=1h",
            "mrv.services.project-url=http://127.0.0.1:9",
            "mrv.identity.token-uri=http://127.0.0.1:9/token"
        })
@ExtendWith(OutputCaptureExtension.class)
class CriticalFindingsReviewIT extends PostgresIntegrationTest {

    @Autowired
    CriticalFindingsReview review;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void marksWhoseReviewFailsStayForTheNextTurnAndTheTurnEnds(CapturedOutput output) {
        List<String> projects =
                List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        for (String project : projects) {
            jdbc.update("INSERT INTO qa_review_due (project_id, period_id) VALUES (?, ?)", project, "*");
        }

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> review.reviewDue());

        assertThat(jdbc.queryForList(
                        "SELECT project_id FROM qa_review_due WHERE project_id = ANY (?)", String.class, (Object)
                                projects.toArray(String[]::new)))
                .containsExactlyInAnyOrderElementsOf(projects);
        // the first failure did not end the turn: each mark was tried
        for (String project : projects) {
            assertThat(output.getOut()).contains("reviewing the critical QA findings of Due[projectId=" + project);
        }
    }
}
