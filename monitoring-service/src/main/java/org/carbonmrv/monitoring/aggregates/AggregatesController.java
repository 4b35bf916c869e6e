package org.carbonmrv.monitoring.aggregates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.api.monitoring.view.PeriodAggregate;
import org.carbonmrv.platform.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/monitoring/projects/{projectId}/reporting-periods/{periodId}")
@Tag(name = "aggregates", description = "monthly and period aggregates per parameter and source")
public class AggregatesController {

    private final PeriodAggregates aggregates;

    AggregatesController(PeriodAggregates aggregates) {
        this.aggregates = aggregates;
    }

    @GetMapping("/aggregates")
    @Operation(
            summary = "Per parameter, source and month (in the project's time zone): count, sum, mean, min, max, "
                    + "completeness, and the samples of sampled parameters; effective values throughout")
    List<PeriodAggregate> aggregates(@PathVariable String projectId, @PathVariable String periodId) {
        return aggregates.of(Actor.require(), projectId, periodId);
    }
}
