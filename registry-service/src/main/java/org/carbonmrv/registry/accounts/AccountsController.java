package org.carbonmrv.registry.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.registry.AccountKind;
import org.carbonmrv.api.registry.CloseAccountCommand;
import org.carbonmrv.api.registry.OpenAccountCommand;
import org.carbonmrv.api.registry.ReinstateAccountCommand;
import org.carbonmrv.api.registry.RenameAccountCommand;
import org.carbonmrv.api.registry.SuspendAccountCommand;
import org.carbonmrv.platform.paging.Page;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.carbonmrv.registry.ledger.RegistryLedger;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.UUID;

@RestController
@RequestMapping("/api/registry")
@Tag(name = "accounts", description = "holding accounts, their balances and serial blocks")
class AccountsController {

    private final AccountsProjection accounts;
    private final CommandGateway commands;

    AccountsController(AccountsProjection accounts, CommandGateway commands) {
        this.accounts = accounts;
        this.commands = commands;
    }

    record Opened(String id) {}

    record OpenAccount(@NotBlank @Size(max = 200) String name, String kind) {}

    record AccountChange(
            @Size(max = 200) String name, @Size(max = 2000) String reason) {}

    @PostMapping("/accounts")
    @Operation(
            summary =
                    "Open another holding account for the caller's organisation (the registry opens its retirement, cancellation and buffer accounts)")
    ResponseEntity<Opened> open(@Valid @RequestBody OpenAccount request) {
        Actor actor = Actor.require();
        AccountKind kind = kindOf(request.kind());
        if (kind != AccountKind.HOLDING && !actor.hasRole(Role.REGISTRY_ADMIN)) {
            throw DomainException.forbidden(
                    "registry-accounts", "only the registry opens retirement, cancellation and buffer accounts");
        }
        if (!actor.hasAnyRole(Role.CREDIT_HOLDER, Role.PROJECT_OWNER, Role.REGISTRY_ADMIN)) {
            throw DomainException.forbidden(
                    "forbidden", "opening an account needs the credit-holder, project-owner or registry-admin role");
        }
        // an organisation's first holding account is its default one, the account others transfer to by its name
        String defaultId = RegistryLedger.holdingAccountOf(actor.organisation());
        String id = kind == AccountKind.HOLDING && accounts.holderOf(defaultId).isEmpty()
                ? defaultId
                : kind.name().toLowerCase(Locale.ROOT) + ":" + actor.organisation() + ":"
                        + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new OpenAccountCommand(RegistryLedger.ID, id, actor.organisation(), kind, request.name()));
        return ResponseEntity.status(201).body(new Opened(id));
    }

    @PostMapping("/accounts/{accountId}/{change:name|suspension|reinstatement|closure}")
    @Operation(
            summary =
                    "Rename or close (only when empty) an account of one's own; the registry suspends (receives, cannot send) and reinstates")
    ResponseEntity<Void> change(
            @PathVariable String accountId,
            @PathVariable String change,
            @Valid @RequestBody(required = false) AccountChange request) {
        Actor actor = Actor.require();
        boolean registryAction = change.equals("suspension") || change.equals("reinstatement");
        boolean holder = actor.hasAnyRole(Role.CREDIT_HOLDER, Role.PROJECT_OWNER)
                && accounts.holderOf(accountId).map(actor::belongsTo).orElse(false);
        if (registryAction ? !actor.hasRole(Role.REGISTRY_ADMIN) : !holder) {
            throw DomainException.forbidden(
                    "forbidden",
                    registryAction
                            ? "only the registry suspends or reinstates accounts"
                            : "only the organisation holding account " + accountId + " renames or closes it");
        }
        AccountChange body = request == null ? new AccountChange(null, null) : request;
        if (change.equals("name") && (body.name() == null || body.name().isBlank())) {
            throw DomainException.badRequest(
                    "name-required", "a new name is required", FieldProblem.of("name", "required"));
        }
        Object command = switch (change) {
            case "name" -> new RenameAccountCommand(RegistryLedger.ID, accountId, body.name());
            case "suspension" -> new SuspendAccountCommand(RegistryLedger.ID, accountId, body.reason());
            case "reinstatement" -> new ReinstateAccountCommand(RegistryLedger.ID, accountId, body.reason());
            default -> new CloseAccountCommand(RegistryLedger.ID, accountId, body.reason());
        };
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }

    private static AccountKind kindOf(String text) {
        if (text == null) {
            return AccountKind.HOLDING;
        }
        try {
            return AccountKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.badRequest(
                    "account-kind",
                    "unknown account kind",
                    new FieldProblem("kind", "HOLDING, RETIREMENT, CANCELLATION or BUFFER", text));
        }
    }

    @GetMapping("/accounts")
    @Operation(
            summary = "The caller's organisation's accounts, balances and serial blocks; the registry and auditors"
                    + " name another ?organisation=")
    Page<AccountsProjection.Account> myAccounts(
            @RequestParam(required = false) String organisation,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Actor caller = Actor.require();
        String whose = organisation == null || organisation.isBlank() ? caller.organisation() : organisation;
        if (!whose.equals(caller.organisation())
                && !caller.hasAnyRole(Role.REGISTRY_ADMIN, Role.AUDITOR, Role.PLATFORM_SERVICE)) {
            throw DomainException.forbidden(
                    "forbidden", "only the registry and auditors read the accounts of another organisation");
        }
        return accounts.accountsOf(whose, page, size);
    }
}
