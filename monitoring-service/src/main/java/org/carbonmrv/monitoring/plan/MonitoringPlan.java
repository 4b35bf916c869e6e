package org.carbonmrv.monitoring.plan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.carbonmrv.api.monitoring.AcknowledgeQaFindingCommand;
import org.carbonmrv.api.monitoring.CalibrationRecordedEvent;
import org.carbonmrv.api.monitoring.DataLoggerRegisteredEvent;
import org.carbonmrv.api.monitoring.DeclareMonitoringPlanCommand;
import org.carbonmrv.api.monitoring.Meter;
import org.carbonmrv.api.monitoring.MeterSubstitutionRecordedEvent;
import org.carbonmrv.api.monitoring.MonitoringPlanDeclaredEvent;
import org.carbonmrv.api.monitoring.QaFindingAcknowledgedEvent;
import org.carbonmrv.api.monitoring.RecordCalibrationCommand;
import org.carbonmrv.api.monitoring.RecordMeterSubstitutionCommand;
import org.carbonmrv.api.monitoring.RegisterDataLoggerCommand;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A project's monitoring plan: versions of its parameters and meters, each in force from an
 * effective date, with the calibrations and substitutions of the meters, and the acknowledgements
 * of QA warnings about the monitoring.
 */
@Aggregate
class MonitoringPlan {

    @AggregateIdentifier
    private String planId;

    private int version;
    private LocalDate effectiveFrom;
    private final Set<String> meters = new HashSet<>();
    private final Set<String> calibrations = new HashSet<>();
    private final Set<String> acknowledged = new HashSet<>();

    MonitoringPlan() {
        // for Axon
    }

    static String idOf(String projectId) {
        return "monitoring-plan:" + projectId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DeclareMonitoringPlanCommand command) {
        if (effectiveFrom != null && !command.effectiveFrom().isAfter(effectiveFrom)) {
            throw DomainException.unprocessable(
                    "plan-effective-date",
                    "a new plan version must take effect after version " + version + " (" + effectiveFrom + ")",
                    new FieldProblem(
                            "effectiveFrom",
                            "must be after " + effectiveFrom,
                            command.effectiveFrom().toString()));
        }
        Set<String> serials = new HashSet<>();
        for (int i = 0; i < command.meters().size(); i++) {
            if (!serials.add(command.meters().get(i).serial())) {
                throw DomainException.unprocessable(
                        "meter-duplicate",
                        "a meter appears twice in the plan",
                        new FieldProblem(
                                "meters[" + i + "].serial",
                                "appears twice",
                                command.meters().get(i).serial()));
            }
        }
        apply(new MonitoringPlanDeclaredEvent(
                command.planId(),
                command.projectId(),
                version + 1,
                command.effectiveFrom(),
                command.parameters(),
                command.meters()));
    }

    @CommandHandler
    void handle(RecordCalibrationCommand command) {
        requireMeter(command.meterSerial(), "meterSerial");
        if (command.validUntil().isBefore(command.performedOn())) {
            throw DomainException.unprocessable(
                    "calibration-invalid",
                    "a calibration cannot expire before it was done",
                    new FieldProblem(
                            "validUntil",
                            "must not be before performedOn",
                            command.validUntil().toString()));
        }
        if (calibrations.contains(command.meterSerial() + "@" + command.performedOn())) {
            throw DomainException.conflict(
                    "calibration-duplicate",
                    "meter " + command.meterSerial() + " already has a calibration performed on "
                            + command.performedOn(),
                    new FieldProblem(
                            "performedOn",
                            "already recorded",
                            command.performedOn().toString()));
        }
        apply(new CalibrationRecordedEvent(
                planId,
                command.projectId(),
                command.meterSerial(),
                command.performedOn(),
                command.validUntil(),
                command.certificate(),
                command.laboratory()));
    }

    @CommandHandler
    void handle(RecordMeterSubstitutionCommand command) {
        requireMeter(command.meterSerial(), "meterSerial");
        requireMeter(command.substituteSerial(), "substituteSerial");
        if (command.to().isBefore(command.from())) {
            throw DomainException.unprocessable(
                    "substitution-invalid",
                    "a substitution ends before it starts",
                    new FieldProblem(
                            "to", "must not be before from", command.to().toString()));
        }
        apply(new MeterSubstitutionRecordedEvent(
                planId,
                command.projectId(),
                command.meterSerial(),
                command.substituteSerial(),
                command.from(),
                command.to(),
                command.reason()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AcknowledgeQaFindingCommand command) {
        if (acknowledged.contains(command.reportingPeriodId() + "/" + command.findingId())) {
            throw DomainException.conflict("finding-acknowledged", "this finding is already acknowledged");
        }
        apply(new QaFindingAcknowledgedEvent(
                command.planId(),
                command.projectId(),
                command.reportingPeriodId(),
                command.findingId(),
                command.check(),
                command.subject(),
                command.comment()));
    }

    /** A data logger reports into the plan in force: its channels' meters must be meters of the plan. */
    @CommandHandler
    void handle(RegisterDataLoggerCommand command) {
        if (effectiveFrom == null) {
            throw DomainException.unprocessable(
                    "plan-not-found", "declare the monitoring plan before registering its data loggers");
        }
        for (int i = 0; i < command.channels().size(); i++) {
            String serial = command.channels().get(i).meterSerial();
            if (serial != null) {
                requireMeter(serial, "channels[" + i + "].meterSerial");
            }
        }
        apply(new DataLoggerRegisteredEvent(
                planId,
                command.projectId(),
                command.mn(),
                command.passwordHash(),
                command.source(),
                command.channels()));
    }

    private void requireMeter(String serial, String field) {
        if (!meters.contains(serial)) {
            throw DomainException.unprocessable(
                    "meter-unknown",
                    "no meter " + serial + " in the monitoring plan",
                    new FieldProblem(field, "must be a meter of the monitoring plan", serial));
        }
    }

    @EventSourcingHandler
    void on(MonitoringPlanDeclaredEvent event) {
        planId = event.planId();
        version = event.version();
        effectiveFrom = event.effectiveFrom();
        event.meters().stream().map(Meter::serial).forEach(meters::add);
    }

    @EventSourcingHandler
    void on(CalibrationRecordedEvent event) {
        calibrations.add(event.meterSerial() + "@" + event.performedOn());
    }

    @EventSourcingHandler
    void on(QaFindingAcknowledgedEvent event) {
        planId = event.planId();
        acknowledged.add(event.reportingPeriodId() + "/" + event.findingId());
    }
}
