package org.carbonmrv.monitoring.aggregates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.api.monitoring.PlanParameter;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.monitoring.plan.MonitoringPlanProjection;
import org.carbonmrv.monitoring.rollup.MonthlyRollup;
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
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/monitoring/projects/{projectId}/reporting-periods/{periodId}")
@Tag(name = "aggregates", description = "monthly and period aggregates per parameter and source")
public class AggregatesController {

    private final ProjectDirectory projects;
    private final JdbcTemplate jdbc;
    private final MonitoringPlanProjection plans;
    private final MonthlyRollup rollup;

    AggregatesController(ProjectDirectory projects, JdbcTemplate jdbc, MonitoringPlanProjection plans, MonthlyRollup rollup) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.plans = plans;
        this.rollup = rollup;
    }

    @GetMapping("/aggregates")
    @Operation(summary = "Per parameter, source and month (in the project's time zone): count, sum, mean, min, max, "
            + "completeness, and the samples of sampled parameters; effective values throughout")
    List<PeriodAggregate> aggregates(@PathVariable String projectId, @PathVariable String periodId) {
        ProjectView project = projects.visibleProject(Actor.require(), projectId);
        ProjectDirectory.reportingPeriod(project, periodId);
        Map<String, String> frequencies = plans.latest(projectId)
                .map(plan -> plan.parameters().stream().filter(p -> p.frequency() != null)
                        .collect(Collectors.toMap(PlanParameter::id, PlanParameter::frequency, (a, b) -> a)))
                .orElse(Map.of());
        Map<String, List<String>> samples = samples(project, periodId);
        return rollup.ofPeriod(projectId, periodId).stream().map(t -> {
            MonthlyRollup.Key k = t.key();
            String month = k.month() == null ? null : k.month().toString();
            OptionalLong expected = Completeness.expected(frequencies.get(k.parameter()), k.month());
            return new PeriodAggregate(k.parameter(), k.source(), month, k.unit(), t.count(), t.total(),
                    t.total().divide(BigDecimal.valueOf(t.count()), MathContext.DECIMAL128), t.low(), t.high(),
                    expected.isPresent() ? expected.getAsLong() : null,
                    expected.isPresent() ? Completeness.share(t.count(), expected.getAsLong()) : null,
                    samples.getOrDefault(k.parameter() + "|" + k.source() + "|" + month, List.of()));
        }).toList();
    }

    /** The individual values of sampled parameters (laboratory results), in time order. */
    private Map<String, List<String>> samples(ProjectView project, String periodId) {
        String[] sampled = MethodologyCatalogue.pinnedBy(project).parameterIds(ParameterDefinition.Aggregation.MEAN_OF_SAMPLES);
        Map<String, List<String>> samples = new HashMap<>();
        if (sampled.length == 0) {
            return samples; // nothing is sampled (a CEMS methodology): no need to read the period's readings
        }
        jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    SELECT parameter, source, month, array_agg(effective_value::text ORDER BY starts_at) AS samples
                    FROM effective_readings
                    WHERE project_id = ? AND period_id = ? AND parameter = ANY(?)
                    GROUP BY parameter, source, month""");
            statement.setString(1, project.id());
            statement.setString(2, periodId);
            statement.setArray(3, con.createArrayOf("text", sampled));
            return statement;
        }, rs -> {
            String month = rs.getString("month") == null ? null : rs.getString("month").trim();
            samples.put(rs.getString("parameter") + "|" + rs.getString("source") + "|" + month, strings(rs.getArray("samples")));
        });
        return samples;
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
