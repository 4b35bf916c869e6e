package org.carbonmrv.registry.issuance;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.carbonmrv.api.calculation.ReductionReportApprovedEvent;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.api.registry.RequestIssuanceCommand;
import org.carbonmrv.registry.ledger.RegistryLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Asks the ledger for a report version's credits when a verifier approves it; the ledger issues
 * them, issues the difference, or reverses it when the version supersedes an approved one. A
 * tracking (pooled streaming) processor over the shared event store; errors propagate so the
 * event is retried, never skipped.
 */
@Component
@ProcessingGroup("issuance")
class IssuanceOnApproval {

    private final CommandGateway commands;
    private final boolean automatic;

    IssuanceOnApproval(
            CommandGateway commands, @Value("${mrv.registry.issuance-approval:registry-admin}") String policy) {
        this.commands = commands;
        this.automatic = policy.equals("automatic");
    }

    @EventHandler
    void on(ReductionReportApprovedEvent approved) {
        long credits = approved.verifiedReductions().in(Unit.TONNE_CO2E).value().longValueExact();
        commands.sendAndWait(new RequestIssuanceCommand(
                RegistryLedger.ID,
                "issuance-" + approved.reportId() + "-v" + approved.version(),
                approved.reportId(),
                approved.version(),
                approved.projectId(),
                approved.ownerOrganisation(),
                approved.vintage(),
                credits,
                approved.methodologyId(),
                approved.methodologyVersion(),
                approved.datasetDigest(),
                automatic));
    }
}
