package org.carbonmrv.registry.reversal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.registry.SettleLiabilityCommand;
import org.carbonmrv.platform.paging.Page;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.carbonmrv.registry.ledger.RegistryLedger;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/registry")
@Tag(name = "reversals", description = "credits taken back when a verified report is superseded with fewer reductions")
class ReversalsController {

    private final ReversalsProjection reversals;
    private final CommandGateway commands;

    ReversalsController(ReversalsProjection reversals, CommandGateway commands) {
        this.reversals = reversals;
        this.commands = commands;
    }

    record Settle(@NotBlank String account, @Positive long quantity) {}

    record Settled(String id) {}

    @GetMapping("/reversals")
    @Operation(summary = "Reversals: all for the registry and auditors, its own for an owner organisation")
    Page<ReversalsProjection.Reversal> reversals(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Actor actor = Actor.require();
        return reversals.reversals(
                actor.organisation(), actor.hasAnyRole(Role.REGISTRY_ADMIN, Role.AUDITOR), page, size);
    }

    @GetMapping("/liabilities")
    @Operation(summary = "What reversals left to settle, per report: liability, settled, outstanding")
    Page<ReversalsProjection.Liability> liabilities(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Actor actor = Actor.require();
        return reversals.liabilities(
                actor.organisation(), actor.hasAnyRole(Role.REGISTRY_ADMIN, Role.AUDITOR), page, size);
    }

    @PostMapping("/liabilities/{reportId}/settlements")
    @PreAuthorize("hasAnyRole('" + Role.PROJECT_OWNER + "', '" + Role.CREDIT_HOLDER + "')")
    @Operation(summary = "The owner cancels credits of its own account against a report's liability")
    ResponseEntity<Settled> settle(@PathVariable String reportId, @Valid @RequestBody Settle request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new SettleLiabilityCommand(
                RegistryLedger.ID,
                id,
                reportId,
                request.account(),
                request.quantity(),
                Actor.require().organisation()));
        return ResponseEntity.status(201).body(new Settled(id));
    }
}
