package org.carbonmrv.monitoring.readings;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.carbonmrv.api.monitoring.ReadingBatchRecordedEvent;
import org.carbonmrv.api.monitoring.RecordReadingBatchCommand;
import org.carbonmrv.platform.problem.DomainException;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One accepted upload. Its rows are stored beside it; corrections will be events of this batch. */
@Aggregate
class ReadingBatch {

    @AggregateIdentifier
    private String batchId;

    ReadingBatch() {
        // for Axon
    }

    @CommandHandler
    ReadingBatch(RecordReadingBatchCommand command) {
        if (command.rowCount() <= 0) {
            throw DomainException.badRequest("empty-upload", "a batch holds at least one reading");
        }
        if (command.sha256() == null || !command.sha256().matches("[0-9a-f]{64}")) {
            throw DomainException.badRequest("digest-invalid", "a batch is identified by the SHA-256 of its content");
        }
        apply(new ReadingBatchRecordedEvent(command.batchId(), command.projectId(), command.reportingPeriodId(),
                command.sha256(), command.format(), command.rowCount(), command.parameters()));
    }

    @EventSourcingHandler
    void on(ReadingBatchRecordedEvent event) {
        batchId = event.batchId();
    }
}
