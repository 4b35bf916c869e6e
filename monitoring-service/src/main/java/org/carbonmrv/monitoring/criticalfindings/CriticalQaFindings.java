package org.carbonmrv.monitoring.criticalfindings;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.carbonmrv.api.monitoring.CriticalQaFinding;
import org.carbonmrv.api.monitoring.CriticalQaFindingClearedEvent;
import org.carbonmrv.api.monitoring.CriticalQaFindingRaisedEvent;
import org.carbonmrv.api.monitoring.ReviewCriticalQaFindingsCommand;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The critical QA findings raised in one reporting period's data and not yet cleared. An aggregate
 * of its own, not part of the monitoring plan: a review running in the background must never make
 * the owner's change of the plan (a calibration, a substitution) fail as a concurrent one.
 */
@Aggregate
class CriticalQaFindings {

    @AggregateIdentifier
    private String findingsId;

    private final Map<String, CriticalQaFinding> raised = new LinkedHashMap<>();

    CriticalQaFindings() {
        // for Axon
    }

    /**
     * Raises what the checks find now and was not raised before, and clears what was raised and is
     * found no more: a finding is raised once however often the checks run on unchanged data.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReviewCriticalQaFindingsCommand command) {
        if (findingsId == null) {
            findingsId = command.findingsId();
        }
        String planId = "monitoring-plan:" + command.projectId();
        Map<String, CriticalQaFinding> current = new LinkedHashMap<>();
        command.current().forEach(f -> current.putIfAbsent(f.findingId(), f));
        current.values().stream()
                .filter(f -> !raised.containsKey(f.findingId()))
                .forEach(f -> apply(new CriticalQaFindingRaisedEvent(
                        planId,
                        command.projectId(),
                        command.reportingPeriodId(),
                        f.findingId(),
                        f.check(),
                        f.subject(),
                        f.message(),
                        f.data())));
        raised.values().stream()
                .filter(f -> !current.containsKey(f.findingId()))
                .toList()
                .forEach(f -> apply(new CriticalQaFindingClearedEvent(
                        planId,
                        command.projectId(),
                        command.reportingPeriodId(),
                        f.findingId(),
                        f.check(),
                        f.subject())));
    }

    @EventSourcingHandler
    void on(CriticalQaFindingRaisedEvent event) {
        findingsId = ReviewCriticalQaFindingsCommand.idOf(event.projectId(), event.reportingPeriodId());
        raised.put(
                event.findingId(),
                new CriticalQaFinding(
                        event.findingId(), event.check(), event.subject(), event.message(), event.data()));
    }

    @EventSourcingHandler
    void on(CriticalQaFindingClearedEvent event) {
        raised.remove(event.findingId());
    }
}
