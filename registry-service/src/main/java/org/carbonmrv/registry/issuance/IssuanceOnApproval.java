package org.carbonmrv.registry.issuance;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.carbonmrv.api.calculation.ReductionReportApprovedEvent;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.api.registry.IssueCreditsCommand;
import org.carbonmrv.registry.ledger.RegistryLedger;
import org.springframework.stereotype.Component;

/**
 * Issues credits when a verifier approves a reduction report. A tracking (pooled streaming)
 * processor over the shared event store; errors propagate so the event is retried, never skipped.
 */
@Component
@ProcessingGroup("issuance")
class IssuanceOnApproval {

    private final CommandGateway commands;

    IssuanceOnApproval(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ReductionReportApprovedEvent approved) {
        long credits = approved.verifiedReductions().in(Unit.TONNE_CO2E).value().longValueExact();
        commands.sendAndWait(new IssueCreditsCommand(RegistryLedger.ID, approved.reportId(), approved.version(),
                approved.projectId(), approved.ownerOrganisation(), approved.vintage(), credits,
                approved.methodologyId(), approved.methodologyVersion(), approved.datasetDigest()));
    }
}
