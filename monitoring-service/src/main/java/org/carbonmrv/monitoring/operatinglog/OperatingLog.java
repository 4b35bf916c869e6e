package org.carbonmrv.monitoring.operatinglog;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.carbonmrv.api.monitoring.DowntimeEntry;
import org.carbonmrv.api.monitoring.DowntimeRecordedEvent;
import org.carbonmrv.api.monitoring.RecordDowntimeCommand;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A project's operating log: when each destruction unit was down. Periods of one unit never
 * overlap (touching is fine: one shutdown may be logged as several rows). Entries already in the
 * log are skipped, so importing the same log twice records nothing new.
 */
@Aggregate
class OperatingLog {

    @AggregateIdentifier
    private String operatingLogId;

    private final List<DowntimeEntry> entries = new ArrayList<>();

    OperatingLog() {
        // for Axon
    }

    static String idOf(String projectId) {
        return "operating-log:" + projectId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(RecordDowntimeCommand command) {
        List<DowntimeEntry> fresh = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < command.entries().size(); i++) {
            DowntimeEntry entry = command.entries().get(i);
            if (entries.contains(entry) || fresh.contains(entry)) {
                continue;
            }
            if (!entry.to().isAfter(entry.from())) {
                problems.add(FieldProblem.of("entries[" + i + "].to", "must be after from"));
                continue;
            }
            List<DowntimeEntry> known = new ArrayList<>(entries);
            known.addAll(fresh);
            var clash = known.stream().filter(entry::overlaps).findFirst();
            if (clash.isPresent()) {
                problems.add(new FieldProblem(
                        "entries[" + i + "]",
                        "overlaps the logged shutdown of " + clash.get().unitId() + " "
                                + clash.get().from() + ".." + clash.get().to(),
                        entry.from() + ".." + entry.to()));
            } else {
                fresh.add(entry);
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(
                    "downtime-invalid",
                    422,
                    problems.size() + " problem(s) in the operating log; nothing was recorded",
                    problems);
        }
        if (!fresh.isEmpty() && !command.dryRun()) {
            apply(new DowntimeRecordedEvent(command.operatingLogId(), command.projectId(), command.timeZone(), fresh));
        }
        return fresh.size();
    }

    @EventSourcingHandler
    void on(DowntimeRecordedEvent event) {
        operatingLogId = event.operatingLogId();
        entries.addAll(event.entries());
    }
}
