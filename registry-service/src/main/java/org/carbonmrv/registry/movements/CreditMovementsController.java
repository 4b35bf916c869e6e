package org.carbonmrv.registry.movements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.registry.CancelCreditsCommand;
import org.carbonmrv.api.registry.CancellationKind;
import org.carbonmrv.api.registry.RetireCreditsCommand;
import org.carbonmrv.api.registry.SerialRange;
import org.carbonmrv.api.registry.TransferCreditsCommand;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.carbonmrv.registry.accounts.AccountsProjection;
import org.carbonmrv.registry.ledger.RegistryLedger;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Credits moving: transfers and retirements by their holder, cancellations by the registry. */
@RestController
@RequestMapping("/api/registry")
@Tag(name = "credit movements", description = "transfers, retirements and cancellations")
class CreditMovementsController {

    private final AccountsProjection accounts;
    private final CommandGateway commands;

    CreditMovementsController(AccountsProjection accounts, CommandGateway commands) {
        this.accounts = accounts;
        this.commands = commands;
    }

    record Transfer(
            @NotBlank String fromAccount,

            @NotBlank @Pattern(regexp = "[a-z]+:[A-Za-z0-9._:-]{1,120}")
            String toAccount,

            @Positive Long quantity,
            @Positive Long serialStart,
            @Positive Long serialEnd) {}

    record Retire(
            @NotBlank String account,
            @Positive Long quantity,
            @Positive Long serialStart,
            @Positive Long serialEnd,
            @NotBlank @Size(max = 500) String beneficiary,
            @Size(max = 500) String purpose,
            @Size(max = 2000) String reason,
            @Size(max = 200) String jurisdiction) {}

    record Moved(String id) {}

    @PostMapping("/transfers")
    @Operation(
            summary = "Transfer a quantity (the sender's highest serials) or a serial range to another holding account")
    ResponseEntity<Moved> transfer(@Valid @RequestBody Transfer request) {
        requireHolder(request.fromAccount());
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new TransferCreditsCommand(
                RegistryLedger.ID,
                id,
                request.fromAccount(),
                request.toAccount(),
                request.quantity(),
                range(request.serialStart(), request.serialEnd())));
        return ResponseEntity.status(201).body(new Moved(id));
    }

    @PostMapping("/retirements")
    @Operation(
            summary =
                    "Retire a quantity or a serial range on behalf of a beneficiary; retired credits never move again")
    ResponseEntity<Moved> retire(@Valid @RequestBody Retire request) {
        requireHolder(request.account());
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RetireCreditsCommand(
                RegistryLedger.ID,
                id,
                request.account(),
                request.quantity(),
                range(request.serialStart(), request.serialEnd()),
                request.beneficiary(),
                request.purpose(),
                request.reason(),
                request.jurisdiction()));
        return ResponseEntity.status(201).body(new Moved(id));
    }

    record Cancel(
            @NotBlank String account,
            @Positive Long quantity,
            @Positive Long serialStart,
            @Positive Long serialEnd,
            @NotBlank String kind,
            @NotBlank @Size(max = 2000) String reason) {}

    @PostMapping("/cancellations")
    @PreAuthorize("hasRole('" + Role.REGISTRY_ADMIN + "')")
    @Operation(
            summary =
                    "The registry cancels credits (administrative, compliance or conversion), distinct from retirement")
    ResponseEntity<Moved> cancel(@Valid @RequestBody Cancel request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new CancelCreditsCommand(
                RegistryLedger.ID,
                id,
                request.account(),
                request.quantity(),
                range(request.serialStart(), request.serialEnd()),
                CancellationKind.parse(request.kind())
                        .orElseThrow(() -> DomainException.badRequest(
                                "cancellation-kind",
                                "a cancellation is administrative, compliance or conversion",
                                new FieldProblem("kind", "administrative, compliance or conversion", request.kind()))),
                request.reason()));
        return ResponseEntity.status(201).body(new Moved(id));
    }

    /** Only the organisation that holds an account moves its credits. */
    private void requireHolder(String account) {
        Actor actor = Actor.require();
        boolean holds = accounts.holderOf(account).map(actor::belongsTo).orElse(false);
        if (!actor.hasAnyRole(Role.CREDIT_HOLDER, Role.PROJECT_OWNER) || !holds) {
            throw DomainException.forbidden(
                    "not-account-holder", "only the organisation holding account " + account + " moves its credits");
        }
    }

    private static SerialRange range(Long start, Long end) {
        if (start == null && end == null) {
            return null;
        }
        if (start == null || end == null || end < start) {
            throw DomainException.badRequest(
                    "serials-invalid",
                    "a serial range needs serialStart <= serialEnd",
                    FieldProblem.of("serialEnd", "must be given with serialStart and not below it"));
        }
        return new SerialRange(start, end);
    }
}
