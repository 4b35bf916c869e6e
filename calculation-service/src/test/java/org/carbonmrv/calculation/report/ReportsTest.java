package org.carbonmrv.calculation.report;

import org.carbonmrv.api.project.Location;
import org.carbonmrv.api.project.ProjectStatus;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A verifier reads the reports of the reporting periods it is assigned to, not the others of the same project. */
class ReportsTest {

    private static final ReportingPeriodView Y2019 =
            new ReportingPeriodView("rp-2019", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "cqc");

    /** The project as the project-service shows it to the cqc verifier: only the 2019 period. */
    private static final ProjectView AS_SEEN = new ProjectView(
            "p1",
            "Linhai",
            "CM-010",
            "V01",
            "linhai-chem",
            ProjectStatus.REGISTERED,
            null,
            "Asia/Shanghai",
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2025, 12, 31),
            List.of(Y2019),
            new Location("CN", "CN-ZJ"),
            1);

    private Reports reports;

    @BeforeEach
    void aVerifierOfThe2019Period() {
        var stored = new ReductionReportProjection(null, null) {
            @Override
            public Optional<ReportSummary> find(String reportId) {
                return Optional.of(new ReportSummary(
                        reportId,
                        "p1",
                        reportId.equals("r-2019") ? "rp-2019" : "rp-2020",
                        "linhai-chem",
                        "SUBMITTED",
                        1,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        List.of(),
                        List.of()));
            }

            @Override
            List<ReportListing> ofProject(String projectId) {
                return List.of(
                        new ReportListing("r-2019", "p1", "rp-2019", "APPROVED", 2, 2, false, 0, 0),
                        new ReportListing("r-2020", "p1", "rp-2020", "SUBMITTED", 1, null, false, 1, 0));
            }
        };
        var directory = new ProjectDirectory(null) {
            @Override
            public ProjectView visibleProject(Actor caller, String projectId) {
                return AS_SEEN;
            }
        };
        reports = new Reports(stored, directory);
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "none")
                .claim("preferred_username", "cqc-verifier")
                .claim("groups", List.of("cqc"))
                .claim("realm_access", Map.of("roles", List.of("verifier")))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theReportOfAnotherPeriodIsNotFound() {
        assertThat(reports.visible("r-2019").reportingPeriodId()).isEqualTo("rp-2019");
        assertThatThrownBy(() -> reports.visible("r-2020"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void theProjectsListShowsOnlyThePeriodsTheReaderSees() {
        assertThat(reports.ofProject("p1"))
                .extracting(ReductionReportProjection.ReportListing::id)
                .containsExactly("r-2019");
    }
}
