package org.carbonmrv.monitoring.readings;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.carbonmrv.api.monitoring.CorrectReadingCommand;
import org.carbonmrv.api.monitoring.LoggerHourRecordedEvent;
import org.carbonmrv.api.monitoring.ReadingBatchRecordedEvent;
import org.carbonmrv.api.monitoring.ReadingCorrectedEvent;
import org.carbonmrv.api.monitoring.RecordLoggerHourCommand;
import org.carbonmrv.api.monitoring.RecordReadingBatchCommand;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One accepted upload. Its rows are stored beside it; corrections will be events of this batch. */
@Aggregate
class ReadingBatch {

    @AggregateIdentifier
    private String batchId;

    private final Map<Long, BigDecimal> corrected = new HashMap<>();
    private boolean fromLogger;

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
        apply(new ReadingBatchRecordedEvent(
                command.batchId(),
                command.projectId(),
                command.reportingPeriodId(),
                command.sha256(),
                command.format(),
                command.rowCount(),
                command.parameters(),
                command.rowsDigest()));
    }

    @CommandHandler
    void handle(CorrectReadingCommand command) {
        BigDecimal current = corrected.getOrDefault(command.readingId(), command.originalValue());
        if (current.compareTo(command.expectedCurrentValue()) != 0) {
            throw DomainException.conflict(
                    "reading-changed",
                    "reading " + command.readingId() + " was corrected meanwhile (its value is now "
                            + current.toPlainString() + "); read it again");
        }
        if (current.compareTo(command.correctedValue()) == 0) {
            throw DomainException.unprocessable(
                    "correction-unchanged",
                    "the corrected value equals the current one",
                    FieldProblem.of("value", "must differ from " + current.toPlainString()));
        }
        apply(new ReadingCorrectedEvent(
                batchId,
                command.projectId(),
                command.readingId(),
                command.parameter(),
                command.source(),
                current,
                command.correctedValue(),
                command.unit(),
                command.reason(),
                command.evidence()));
    }

    /** Once per batch: a logger re-sending an hour makes the same batch, whose provenance is already told. */
    @CommandHandler
    void handle(RecordLoggerHourCommand command) {
        if (fromLogger) {
            return;
        }
        apply(new LoggerHourRecordedEvent(
                batchId,
                command.projectId(),
                command.reportingPeriodId(),
                command.mn(),
                command.hour(),
                command.values()));
    }

    @EventSourcingHandler
    void on(LoggerHourRecordedEvent event) {
        fromLogger = true;
    }

    @EventSourcingHandler
    void on(ReadingBatchRecordedEvent event) {
        batchId = event.batchId();
    }

    @EventSourcingHandler
    void on(ReadingCorrectedEvent event) {
        corrected.put(event.readingId(), event.correctedValue());
    }
}
