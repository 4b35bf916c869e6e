package org.carbonmrv.registry.ledger;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.carbonmrv.api.registry.IssueCreditsCommand;
import org.carbonmrv.api.registry.CancelCreditsCommand;
import org.carbonmrv.api.registry.CreditsCancelledEvent;
import org.carbonmrv.api.registry.CreditsRetiredEvent;
import org.carbonmrv.api.registry.CreditsTransferredEvent;
import org.carbonmrv.api.registry.RetireCreditsCommand;
import org.carbonmrv.api.registry.SerialRange;
import org.carbonmrv.api.registry.TransferCreditsCommand;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.util.List;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The registry's ledger: it hands out serial numbers in one sequence, so blocks never overlap,
 * remembers which reduction reports it has issued for, so a report is issued once however often
 * its approval is delivered, and moves credits between accounts and into retirement. One
 * aggregate orders every movement, so two transfers out of one account can never overdraw it.
 */
@Aggregate
public class RegistryLedger {

    public static final String ID = "registry-ledger";

    @AggregateIdentifier
    private String ledgerId;
    private long nextSerial = 1;
    private final Set<String> issuedReports = new HashSet<>();

    RegistryLedger() {
        // for Axon
    }

    private final Holdings holdings = new Holdings();

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(IssueCreditsCommand command) {
        if (issuedReports.contains(command.reportId())) {
            return; // a re-delivered approval: the credits exist already, and only once
        }
        if (command.quantity() <= 0) {
            throw DomainException.unprocessable("nothing-to-issue", "an issuance needs a positive quantity of credits");
        }
        long start = nextSerial;
        long end = Math.addExact(start, command.quantity() - 1);
        apply(new CreditsIssuedEvent("issuance-" + command.reportId(), command.reportId(), command.reportVersion(),
                command.projectId(), command.ownerOrganisation(), holdingAccountOf(command.ownerOrganisation()),
                command.vintage(), command.quantity(), start, end, command.methodologyId(), command.methodologyVersion(),
                command.datasetDigest()));
    }

    @CommandHandler
    void handle(TransferCreditsCommand command) {
        if (command.fromAccount().equals(command.toAccount())) {
            throw DomainException.unprocessable("transfer-to-itself", "a transfer needs two different accounts",
                    FieldProblem.of("toAccount", "must differ from fromAccount"));
        }
        List<SerialRange> serials = select(command.fromAccount(), command.quantity(), command.serials());
        apply(new CreditsTransferredEvent(command.transferId(), command.fromAccount(), command.toAccount(), serials,
                serials.stream().mapToLong(SerialRange::quantity).sum()));
    }

    @CommandHandler
    void handle(RetireCreditsCommand command) {
        List<SerialRange> serials = select(command.account(), command.quantity(), command.serials());
        apply(new CreditsRetiredEvent(command.retirementId(), command.account(), serials,
                serials.stream().mapToLong(SerialRange::quantity).sum(), command.beneficiary(), command.purpose(),
                command.reason(), command.jurisdiction()));
    }

    @CommandHandler
    void handle(CancelCreditsCommand command) {
        if (!java.util.Set.of("administrative", "compliance", "conversion").contains(command.kind())) {
            throw DomainException.badRequest("cancellation-kind", "a cancellation is administrative, compliance or conversion",
                    new FieldProblem("kind", "administrative, compliance or conversion", command.kind()));
        }
        List<SerialRange> serials = select(command.account(), command.quantity(), command.serials());
        apply(new CreditsCancelledEvent(command.cancellationId(), command.account(), serials,
                serials.stream().mapToLong(SerialRange::quantity).sum(), command.kind(), command.reason()));
    }

    private List<SerialRange> select(String account, Long quantity, SerialRange serials) {
        if ((quantity == null) == (serials == null)) {
            throw DomainException.badRequest("movement-invalid", "name either a quantity or a serial range",
                    FieldProblem.of("quantity", "exactly one of quantity and serials"));
        }
        return serials != null ? holdings.exactly(account, serials) : holdings.highest(account, quantity);
    }

    public static String holdingAccountOf(String organisation) {
        return "holding:" + organisation;
    }

    @EventSourcingHandler
    void on(CreditsIssuedEvent event) {
        ledgerId = ID;
        nextSerial = event.serialEnd() + 1;
        issuedReports.add(event.reportId());
        holdings.issue(event.holdingAccountId(), new SerialRange(event.serialStart(), event.serialEnd()));
    }

    @EventSourcingHandler
    void on(CreditsTransferredEvent event) {
        holdings.move(event.serials(), event.fromAccount(), event.toAccount(), Holdings.State.LIVE);
    }

    @EventSourcingHandler
    void on(CreditsCancelledEvent event) {
        holdings.move(event.serials(), event.account(), event.account(), Holdings.State.CANCELLED);
    }

    @EventSourcingHandler
    void on(CreditsRetiredEvent event) {
        holdings.move(event.serials(), event.account(), event.account(), Holdings.State.RETIRED);
    }
}
