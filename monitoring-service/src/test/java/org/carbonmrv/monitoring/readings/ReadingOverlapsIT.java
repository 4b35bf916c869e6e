package org.carbonmrv.monitoring.readings;

import org.carbonmrv.api.monitoring.UploadFormat;
import org.carbonmrv.api.monitoring.view.QaSeverity;
import org.carbonmrv.api.project.DestructionUnit;
import org.carbonmrv.api.project.Facility;
import org.carbonmrv.api.project.Location;
import org.carbonmrv.api.project.ProductionLine;
import org.carbonmrv.api.project.ProjectStatus;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.monitoring.qa.QaChecks;
import org.carbonmrv.monitoring.qa.QaInput;
import org.carbonmrv.monitoring.qa.QaReadings;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A reading never overlaps another of the same parameter and source: an overlap would be summed
 * (a half-month row on top of the month row doubled the month's production). Refused within an
 * upload (400, both rows named) and against what is stored (409, naming the stored reading and
 * where to correct it); nothing of a refused upload is stored.
 */
@SpringBootTest
class ReadingOverlapsIT extends PostgresIntegrationTest {

    private static final Actor OWNER = new Actor(
            "juhua-owner",
            "juhua-chem",
            Set.of("project-owner"),
            Optional.empty(),
            "unused: nothing here asks another service");
    private static final String HEADER = "parameter,source,from,to,value,unit,quality\n";

    @Autowired
    ReadingUploads uploads;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QaReadings reusedBatches;

    private final ProjectView project = adipicAcidProject();
    private final ReportingPeriodView april = project.reportingPeriods().get(0);

    @Test
    void aHalfMonthOnTopOfTheStoredMonthIsRefusedNamingTheStoredReading() throws Exception {
        upload(HEADER + "AA,AA-1,2024-04-01,2024-04-30,10000,t,\n");
        long stored = jdbc.queryForObject("SELECT id FROM readings WHERE project_id = ?", Long.class, project.id());

        DomainException refused = refusedUpload(HEADER + "AA,AA-1,2024-04-01,2024-04-14,5000,t,\n");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("readings-overlap-stored");
        assertThat(refused.errors()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("rows[1]");
            assertThat(p.rule())
                    .contains("stored reading " + stored)
                    .contains("/api/monitoring/projects/" + project.id() + "/readings/" + stored + "/corrections");
        });
        assertThat(storedTotal()).isEqualByComparingTo("10000");
    }

    @Test
    void aStoredHalfMonthRefusesTheMonthAndTheOtherHalfIsAccepted() throws Exception {
        upload(HEADER + "AA,AA-1,2024-04-01,2024-04-14,5000,t,\n");
        assertThat(refusedUpload(HEADER + "AA,AA-1,2024-04-01,2024-04-30,10000,t,\n")
                        .status())
                .isEqualTo(409);
        assertThat(refusedUpload(HEADER + "AA,AA-1,2024-04-14,2024-04-30,5000,t,\n")
                        .status())
                .as("14 April is in both: a date as 'to' is the end of that day")
                .isEqualTo(409);

        upload(HEADER + "AA,AA-1,2024-04-15,2024-04-30,5200,t,\n");

        assertThat(storedTotal()).isEqualByComparingTo("10200");
    }

    @Test
    void twoOverlappingRowsOfOneUploadAreRefusedNamingBoth() {
        DomainException refused = refusedUpload(
                HEADER + "AA,AA-1,2024-04-01,2024-04-30,10000,t,\n" + "AA,AA-1,2024-04-01,2024-04-14,5000,t,\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("readings-overlap");
        assertThat(refused.errors()).extracting(FieldProblem::field).containsExactly("rows[2].from");
        assertThat(refused.errors().get(0).rule()).contains("rows[1]");
        assertThat(storedTotal()).isEqualByComparingTo("0");
    }

    @Test
    void theSameRowTwiceInOneUploadIsRefused() {
        DomainException refused = refusedUpload(
                HEADER + "AA,AA-1,2024-04-01,2024-04-30,10000,t,\n" + "AA,AA-1,2024-04-01,2024-04-30,20000,t,\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).extracting(FieldProblem::field).containsExactly("rows[2].from");
        assertThat(storedTotal()).isEqualByComparingTo("0");
    }

    @Test
    void rowsOutOfTimeOrderAreCheckedToo() throws Exception {
        DomainException refused = refusedUpload(HEADER + "AA,AA-1,2024-04-20,2024-04-30,3000,t,\n"
                + "AA,AA-1,2024-04-01,2024-04-05,1000,t,\n"
                + "AA,AA-1,2024-04-03,2024-04-12,2000,t,\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).extracting(FieldProblem::field).containsExactly("rows[3].from");
        assertThat(refused.errors().get(0).rule()).contains("rows[2]");
        assertThat(storedTotal()).isEqualByComparingTo("0");

        upload(HEADER + "AA,AA-1,2024-04-20,2024-04-30,3000,t,\n"
                + "AA,AA-1,2024-04-01,2024-04-05,1000,t,\n"
                + "AA,AA-1,2024-04-06,2024-04-12,2000,t,\n");
        assertThat(storedTotal()).isEqualByComparingTo("6000");
    }

    @Test
    void aBatchThatIsAnotherProjectsBatchIsACriticalFinding() throws Exception {
        String csv = HEADER + "AA,AA-1,2024-04-01,2024-04-30,10000,t,\n";
        upload(csv);
        ProjectView other = adipicAcidProject();
        uploads.upload(
                OWNER,
                other,
                other.reportingPeriods().get(0),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                UploadFormat.CSV,
                false);

        var reused = reusedBatches.reusedBatches(
                other.id(), other.reportingPeriods().get(0).id());
        assertThat(reused)
                .singleElement()
                .satisfies(b -> assertThat(b.otherProjects()).isEqualTo(1));
        var input = new QaInput(
                april.start(),
                april.end(),
                List.of(),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                reused);
        assertThat(QaChecks.run(input)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(QaSeverity.CRITICAL);
            assertThat(f.check()).isEqualTo("reading-batch-of-another-project");
        });
        assertThat(reusedBatches.reusedBatches(project.id(), april.id())).hasSize(1);
    }

    private BigDecimal storedTotal() {
        return jdbc.queryForObject(
                "SELECT coalesce(sum(value), 0) FROM readings WHERE project_id = ?", BigDecimal.class, project.id());
    }

    private void upload(String csv) throws Exception {
        var outcome = uploads.upload(
                OWNER,
                project,
                april,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                UploadFormat.CSV,
                false);
        assertThat(outcome.rowCount()).isPositive();
    }

    private DomainException refusedUpload(String csv) {
        return catchThrowableOfType(DomainException.class, () -> upload(csv));
    }

    private static ProjectView adipicAcidProject() {
        List<ReportingPeriodView> periods = List.of(new ReportingPeriodView(
                UUID.randomUUID().toString(), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), null));
        return new ProjectView(
                UUID.randomUUID().toString(),
                "Overlap test",
                "CAR-CN-AAPP",
                "1.0-workgroup",
                "juhua-chem",
                ProjectStatus.LISTED,
                new Facility(
                        List.of(new ProductionLine("AA-1", new BigDecimal("150000"))),
                        List.of(new DestructionUnit("N2O-abatement", "N2O"))),
                "Asia/Shanghai",
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2031, 12, 31),
                periods,
                new Location("CN", "CN-ZJ"),
                1);
    }
}
