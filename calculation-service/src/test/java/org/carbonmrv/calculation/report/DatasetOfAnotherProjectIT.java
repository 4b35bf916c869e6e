package org.carbonmrv.calculation.report;

import org.carbonmrv.platform.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A version knows how many other projects were calculated from its very data set: the verifier
 * sees it, and submission and approval are refused while it is above zero (the second
 * organisation's project carrying Linhai's data got 3,999,500 more credits before).
 */
@SpringBootTest
class DatasetOfAnotherProjectIT extends PostgresIntegrationTest {

    @Autowired
    ReductionReportProjection reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsTheOtherProjectsCalculatedFromTheSameDataSet() {
        String linhai = "a".repeat(63) + "1";
        String report = version(UUID.randomUUID().toString(), "linhai-chem", linhai, 1);
        version(report, "linhai-chem", linhai, 2);
        assertThat(reports.version(report, 2).orElseThrow().otherProjectsWithDataset())
                .as("the project's own versions do not count")
                .isZero();

        String copy = version(UUID.randomUUID().toString(), "fenghua-chem", linhai, 1);

        assertThat(reports.version(copy, 1).orElseThrow().otherProjectsWithDataset())
                .isEqualTo(1);
        assertThat(reports.version(report, 1).orElseThrow().otherProjectsWithDataset())
                .isEqualTo(1);
        String other = version(UUID.randomUUID().toString(), "juhua-chem", "b".repeat(64), 1);
        assertThat(reports.version(other, 1).orElseThrow().otherProjectsWithDataset())
                .isZero();
    }

    /** A version as the projection stores it, for a report of its own project. */
    private String version(String reportId, String owner, String digest, int version) {
        jdbc.update("""
                INSERT INTO reduction_reports (id, project_id, period_id, owner_organisation, status, latest_version)
                VALUES (?, ?, 'p-2019', ?, 'CALCULATED', ?) ON CONFLICT (id) DO UPDATE SET latest_version = EXCLUDED.latest_version""", reportId, "project-of-" + reportId, owner, version);
        jdbc.update("""
                INSERT INTO calculation_versions (report_id, version, methodology_id, methodology_version, dataset_digest,
                                                  dataset, results, trace, calculated_at)
                VALUES (?, ?, 'CM-010', 'V01', ?, '{}'::jsonb, '{}'::jsonb, '[]'::jsonb, now())""", reportId, version, digest);
        return reportId;
    }
}
