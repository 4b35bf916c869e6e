package org.carbonmrv.monitoring.aggregates;

import org.carbonmrv.api.monitoring.PlanParameter;
import org.carbonmrv.api.monitoring.view.PeriodAggregate;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.monitoring.plan.MonitoringPlanProjection;
import org.carbonmrv.monitoring.rollup.MonthlyRollup;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A period's aggregates per parameter, source and month: the monthly rollup's totals, with the
 * completeness the plan's frequencies expect and the individual samples of sampled parameters.
 */
@Service
class PeriodAggregates {

    private final ProjectDirectory projects;
    private final SampledValues sampledValues;
    private final MonitoringPlanProjection plans;
    private final MonthlyRollup rollup;

    PeriodAggregates(
            ProjectDirectory projects,
            SampledValues sampledValues,
            MonitoringPlanProjection plans,
            MonthlyRollup rollup) {
        this.projects = projects;
        this.sampledValues = sampledValues;
        this.plans = plans;
        this.rollup = rollup;
    }

    List<PeriodAggregate> of(Actor reader, String projectId, String periodId) {
        ProjectView project = projects.visibleProject(reader, projectId);
        ProjectDirectory.reportingPeriod(project, periodId);
        Map<String, String> frequencies = plans.latest(projectId)
                .map(plan -> plan.parameters().stream()
                        .filter(p -> p.frequency() != null)
                        .collect(Collectors.toMap(PlanParameter::id, PlanParameter::frequency, (a, b) -> a)))
                .orElse(Map.of());
        Map<String, List<String>> samples = sampledValues.of(project, periodId);
        return rollup.ofPeriod(projectId, periodId).stream()
                .map(t -> {
                    MonthlyRollup.Key k = t.key();
                    String month = k.month() == null ? null : k.month().toString();
                    OptionalLong expected = Completeness.expected(frequencies.get(k.parameter()), k.month());
                    return new PeriodAggregate(
                            k.parameter(),
                            k.source(),
                            month,
                            k.unit(),
                            t.count(),
                            t.total(),
                            t.total().divide(BigDecimal.valueOf(t.count()), MathContext.DECIMAL128),
                            t.low(),
                            t.high(),
                            expected.isPresent() ? expected.getAsLong() : null,
                            expected.isPresent() ? Completeness.share(t.count(), expected.getAsLong()) : null,
                            samples.getOrDefault(k.parameter() + "|" + k.source() + "|" + month, List.of()));
                })
                .toList();
    }
}
