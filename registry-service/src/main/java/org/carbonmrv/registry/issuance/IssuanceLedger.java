package org.carbonmrv.registry.issuance;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.carbonmrv.api.registry.IssueCreditsCommand;
import org.carbonmrv.platform.problem.DomainException;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The registry's issuance ledger: it hands out serial numbers in one sequence, so blocks never
 * overlap, and remembers which reduction reports it has issued for, so a report is issued once
 * however often its approval is delivered.
 */
@Aggregate
class IssuanceLedger {

    static final String ID = "issuance-ledger";

    @AggregateIdentifier
    private String ledgerId;
    private long nextSerial = 1;
    private final Set<String> issuedReports = new HashSet<>();

    IssuanceLedger() {
        // for Axon
    }

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

    static String holdingAccountOf(String organisation) {
        return "holding:" + organisation;
    }

    @EventSourcingHandler
    void on(CreditsIssuedEvent event) {
        ledgerId = ID;
        nextSerial = event.serialEnd() + 1;
        issuedReports.add(event.reportId());
    }
}
