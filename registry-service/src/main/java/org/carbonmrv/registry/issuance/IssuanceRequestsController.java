package org.carbonmrv.registry.issuance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.registry.ApproveIssuanceCommand;
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

@RestController
@RequestMapping("/api/registry")
@Tag(name = "issuance", description = "requests to issue the credits of an approved report, and their approval")
class IssuanceRequestsController {

    private final IssuanceRequestsProjection requests;
    private final CommandGateway commands;

    IssuanceRequestsController(IssuanceRequestsProjection requests, CommandGateway commands) {
        this.requests = requests;
        this.commands = commands;
    }

    record ApproveIssuance(@Size(max = 200) String account) {}

    @GetMapping("/issuance-requests")
    @Operation(summary = "Issuance requests: all for the registry and auditors, its own for an owner organisation")
    Page<IssuanceRequestsProjection.IssuanceRequest> issuanceRequests(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Actor actor = Actor.require();
        return requests.requests(actor.organisation(), actor.hasAnyRole(Role.REGISTRY_ADMIN, Role.AUDITOR), page, size);
    }

    @PostMapping("/issuance-requests/{requestId}/approval")
    @PreAuthorize("hasRole('" + Role.REGISTRY_ADMIN + "')")
    @Operation(
            summary =
                    "A registry administrator issues the credits of a request into the owner's (chosen) holding account")
    ResponseEntity<Void> approveIssuance(
            @PathVariable String requestId, @Valid @RequestBody(required = false) ApproveIssuance request) {
        commands.sendAndWait(
                new ApproveIssuanceCommand(RegistryLedger.ID, requestId, request == null ? null : request.account()));
        return ResponseEntity.noContent().build();
    }
}
