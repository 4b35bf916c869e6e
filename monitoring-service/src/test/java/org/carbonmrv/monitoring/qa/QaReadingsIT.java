package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.PlanParameter;
import org.carbonmrv.api.project.DestructionUnit;
import org.carbonmrv.api.project.Facility;
import org.carbonmrv.api.project.Location;
import org.carbonmrv.api.project.ProductionLine;
import org.carbonmrv.api.project.ProjectStatus;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.monitoring.plan.MonitoringPlanProjection;
import org.carbonmrv.monitoring.plan.PlanInForce;
import org.carbonmrv.platform.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A reading is judged against the plausible range of the plan version in force on the day it was taken. */
@SpringBootTest
class QaReadingsIT extends PostgresIntegrationTest {

    @Autowired
    QaReadings readings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachReadingIsJudgedByThePlanInForceWhenItWasTaken() {
        ReportingPeriodView year = new ReportingPeriodView(
                UUID.randomUUID().toString(), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), null);
        ProjectView project = new ProjectView(
                UUID.randomUUID().toString(),
                "Plan in force",
                "CM-010",
                "V01",
                "linhai-chem",
                ProjectStatus.LISTED,
                new Facility(List.of(new ProductionLine("A", null)), List.of(new DestructionUnit("furnace-1", null))),
                "Asia/Shanghai",
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2025, 12, 31),
                List.of(year),
                new Location("CN", "CN-ZJ"),
                1);
        String batch = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO reading_batches (id, project_id, period_id, sha256, format, row_count, recorded_by) "
                        + "VALUES (?, ?, ?, ?, 'csv', 2, 'test')",
                batch,
                project.id(),
                year.id(),
                "c".repeat(64));
        // 95 % in March and 85 % in August, as the project's local days begin (00:00 Asia/Shanghai is 16:00 UTC the day
        // before)
        reading(batch, project, year, 1, "2019-02-28 16:00:00+00", "2019-03-07 16:00:00+00", "95");
        reading(batch, project, year, 2, "2019-07-31 16:00:00+00", "2019-08-07 16:00:00+00", "85");

        var versions = PlanInForce.of(List.of(plan(1, "2019-01-01", "90"), plan(2, "2019-07-01", "80")));
        assertThat(readings.outOfRange(project, year.id(), versions.get(0)))
                .as("version 1 (at least 90 %) judges only March's reading, which it allows")
                .isEmpty();
        assertThat(readings.outOfRange(project, year.id(), versions.get(1)))
                .as("version 2 (at least 80 %) judges only August's")
                .isEmpty();

        var stricterLater = PlanInForce.of(List.of(plan(1, "2019-01-01", "80"), plan(2, "2019-08-01", "90")));
        assertThat(readings.outOfRange(project, year.id(), stricterLater.get(1)))
                .singleElement()
                .satisfies(o -> assertThat(o.lowest()).isEqualByComparingTo("85"));
        assertThat(readings.outOfRange(project, year.id(), stricterLater.get(0)))
                .isEmpty();
    }

    private static MonitoringPlanProjection.PlanView plan(int version, String effectiveFrom, String minimum) {
        return new MonitoringPlanProjection.PlanView(
                version,
                LocalDate.parse(effectiveFrom),
                List.of(new PlanParameter(
                        "p_HFC23_gen",
                        null,
                        null,
                        "%",
                        "laboratory",
                        "P7D",
                        "MEAN_OF_SAMPLES",
                        new BigDecimal(minimum),
                        new BigDecimal("100"))),
                List.of());
    }

    private void reading(
            String batch,
            ProjectView project,
            ReportingPeriodView period,
            int row,
            String from,
            String to,
            String value) {
        jdbc.update("""
                INSERT INTO readings (batch_id, project_id, period_id, row_number, parameter, source, starts_at, ends_at, month, value, unit)
                VALUES (?, ?, ?, ?, 'p_HFC23_gen', 'tail-gas-gc', ?::timestamptz, ?::timestamptz, NULL, ?::numeric, '%')""", batch, project.id(), period.id(), row, from, to, value);
    }
}
