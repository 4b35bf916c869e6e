package org.carbonmrv.monitoring.aggregates;

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
import java.math.MathContext;
import java.sql.Array;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.carbonmrv.api.monitoring.PlanParameter;
import org.carbonmrv.monitoring.plan.MonitoringPlanProjection;

@RestController
@RequestMapping("/api/monitoring/projects/{projectId}/reporting-periods/{periodId}")
@Tag(name = "aggregates", description = "monthly and period aggregates per parameter and source")
public class AggregatesController {

    private final ProjectDirectory projects;
    private final JdbcTemplate jdbc;
    private final MonitoringPlanProjection plans;

    AggregatesController(ProjectDirectory projects, JdbcTemplate jdbc, MonitoringPlanProjection plans) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @GetMapping("/aggregates")
    @Operation(summary = "Per parameter, source and month (in the project's time zone): count, sum, mean, min, max, samples")
    List<PeriodAggregate> aggregates(@PathVariable String projectId, @PathVariable String periodId) {
        ProjectView project = projects.visibleProject(Actor.require(), projectId);
        ProjectDirectory.reportingPeriod(project, periodId);
        String[] sampled = MethodologyCatalogue.find(project.methodologyId(), project.methodologyVersion())
                .map(m -> m.parameters().stream()
                        .filter(p -> p.aggregation() == ParameterDefinition.Aggregation.MEAN_OF_SAMPLES)
                        .map(ParameterDefinition::id).toArray(String[]::new))
                .orElse(new String[0]);
        Map<String, String> frequencies = plans.latest(projectId)
                .map(plan -> plan.parameters().stream().filter(p -> p.frequency() != null)
                        .collect(Collectors.toMap(PlanParameter::id, PlanParameter::frequency, (a, b) -> a)))
                .orElse(Map.of());
        return jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    SELECT parameter, source, month, unit, count(*) AS n, sum(effective_value) AS total,
                           min(effective_value) AS low, max(effective_value) AS high,
                           array_agg(effective_value::text ORDER BY starts_at) FILTER (WHERE parameter = ANY(?)) AS samples
                    FROM effective_readings
                    WHERE project_id = ? AND period_id = ?
                    GROUP BY parameter, source, month, unit
                    ORDER BY parameter, source, month NULLS FIRST""");
            statement.setArray(1, con.createArrayOf("text", sampled));
            statement.setString(2, projectId);
            statement.setString(3, periodId);
            return statement;
        }, (rs, i) -> {
            BigDecimal sum = rs.getBigDecimal("total");
            long count = rs.getLong("n");
            Array samples = rs.getArray("samples");
            String month = rs.getString("month") == null ? null : rs.getString("month").trim();
            OptionalLong expected = Completeness.expected(frequencies.get(rs.getString("parameter")),
                    month == null ? null : YearMonth.parse(month));
            return new PeriodAggregate(rs.getString("parameter"), rs.getString("source"), month,
                    rs.getString("unit"), count, sum, sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128),
                    rs.getBigDecimal("low"), rs.getBigDecimal("high"),
                    expected.isPresent() ? expected.getAsLong() : null,
                    expected.isPresent() ? Completeness.share(count, expected.getAsLong()) : null,
                    samples == null ? List.of() : Arrays.asList((String[]) samples.getArray()));
        });
    }
}
