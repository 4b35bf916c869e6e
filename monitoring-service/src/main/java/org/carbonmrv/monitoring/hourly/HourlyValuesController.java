package org.carbonmrv.monitoring.hourly;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The hourly values (CEMS) of a reporting period, effective after corrections, for a methodology
 * that reads them hour by hour. Hours are local times in the project's time zone.
 */
@RestController
@RequestMapping("/api/monitoring/projects/{projectId}/reporting-periods/{periodId}")
@Tag(name = "aggregates", description = "monthly and period aggregates per parameter and source")
class HourlyValuesController {

    record HourlyRow(String parameter, String source, LocalDateTime hour, BigDecimal value, String quality, boolean corrected) {
    }

    private final ProjectDirectory projects;
    private final JdbcTemplate jdbc;

    HourlyValuesController(ProjectDirectory projects, JdbcTemplate jdbc) {
        this.projects = projects;
        this.jdbc = jdbc;
    }

    @GetMapping("/hourly-values")
    @Operation(summary = "Every hourly value of the period's hourly parameters, with its quality flag; effective values after corrections")
    List<HourlyRow> hourly(@PathVariable String projectId, @PathVariable String periodId) {
        ProjectView project = projects.visibleProject(Actor.require(), projectId);
        ProjectDirectory.reportingPeriod(project, periodId);
        String[] hourly = MethodologyCatalogue.find(project.methodologyId(), project.methodologyVersion())
                .map(m -> m.parameters().stream().filter(p -> p.aggregation() == ParameterDefinition.Aggregation.HOURLY)
                        .map(ParameterDefinition::id).toArray(String[]::new))
                .orElse(new String[0]);
        ZoneId zone = ZoneId.of(project.timeZone());
        List<HourlyRow> rows = new ArrayList<>();
        if (hourly.length == 0) {
            return rows;
        }
        jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    SELECT parameter, source, starts_at, effective_value, quality, corrected
                    FROM effective_readings
                    WHERE project_id = ? AND period_id = ? AND parameter = ANY(?)
                    ORDER BY parameter, source, starts_at""");
            statement.setString(1, projectId);
            statement.setString(2, periodId);
            statement.setArray(3, con.createArrayOf("text", hourly));
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            rows.add(new HourlyRow(rs.getString(1), rs.getString(2),
                    LocalDateTime.ofInstant(rs.getTimestamp(3).toInstant(), zone), rs.getBigDecimal(4), rs.getString(5),
                    rs.getBoolean(6)));
        });
        return rows;
    }
}
