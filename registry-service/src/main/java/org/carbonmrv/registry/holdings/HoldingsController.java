package org.carbonmrv.registry.holdings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.registry.ApproveIssuanceCommand;
import org.carbonmrv.api.registry.CancelCreditsCommand;
import org.carbonmrv.api.registry.ChangeAccountStatusCommand;
import org.carbonmrv.api.registry.OpenAccountCommand;
import org.carbonmrv.api.registry.RetireCreditsCommand;
import org.carbonmrv.api.registry.SerialRange;
import org.carbonmrv.api.registry.TransferCreditsCommand;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.carbonmrv.registry.ledger.RegistryLedger;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/registry")
@Tag(name = "holdings", description = "accounts, balances and serial blocks")
public class HoldingsController {

    private final HoldingsProjection holdings;
    private final CommandGateway commands;

    HoldingsController(HoldingsProjection holdings, CommandGateway commands) {
        this.holdings = holdings;
        this.commands = commands;
    }

    record Transfer(@NotBlank String fromAccount, @NotBlank @Pattern(regexp = "[a-z]+:[A-Za-z0-9._:-]{1,120}") String toAccount,
                    @Positive Long quantity, @Positive Long serialStart, @Positive Long serialEnd) {
    }

    record Retire(@NotBlank String account, @Positive Long quantity, @Positive Long serialStart, @Positive Long serialEnd,
                  @NotBlank @Size(max = 500) String beneficiary, @Size(max = 500) String purpose,
                  @Size(max = 2000) String reason, @Size(max = 200) String jurisdiction) {
    }

    record Moved(String id) {
    }

    record ApproveIssuance(@Size(max = 200) String account) {
    }

    @GetMapping("/issuance-requests")
    @Operation(summary = "Issuance requests: all for the registry and auditors, its own for an owner organisation")
    List<java.util.Map<String, Object>> issuanceRequests() {
        Actor actor = Actor.require();
        return holdings.issuanceRequests(actor.organisation(), actor.hasAnyRole(Role.REGISTRY_ADMIN, Role.AUDITOR));
    }

    @PostMapping("/issuance-requests/{requestId}/approval")
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('" + Role.REGISTRY_ADMIN + "')")
    @Operation(summary = "A registry administrator issues the credits of a request into the owner's (chosen) holding account")
    ResponseEntity<Void> approveIssuance(@PathVariable String requestId, @Valid @RequestBody(required = false) ApproveIssuance request) {
        commands.sendAndWait(new ApproveIssuanceCommand(RegistryLedger.ID, requestId, request == null ? null : request.account()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/transfers")
    @Operation(summary = "Transfer a quantity (the sender's highest serials) or a serial range to another holding account")
    ResponseEntity<Moved> transfer(@Valid @RequestBody Transfer request) {
        requireHolder(request.fromAccount());
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new TransferCreditsCommand(RegistryLedger.ID, id, request.fromAccount(), request.toAccount(),
                request.quantity(), range(request.serialStart(), request.serialEnd())));
        return ResponseEntity.status(201).body(new Moved(id));
    }

    @PostMapping("/retirements")
    @Operation(summary = "Retire a quantity or a serial range on behalf of a beneficiary; retired credits never move again")
    ResponseEntity<Moved> retire(@Valid @RequestBody Retire request) {
        requireHolder(request.account());
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RetireCreditsCommand(RegistryLedger.ID, id, request.account(), request.quantity(),
                range(request.serialStart(), request.serialEnd()), request.beneficiary(), request.purpose(),
                request.reason(), request.jurisdiction()));
        return ResponseEntity.status(201).body(new Moved(id));
    }

    record Cancel(@NotBlank String account, @Positive Long quantity, @Positive Long serialStart, @Positive Long serialEnd,
                  @NotBlank String kind, @NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/cancellations")
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('" + Role.REGISTRY_ADMIN + "')")
    @Operation(summary = "The registry cancels credits (administrative, compliance or conversion), distinct from retirement")
    ResponseEntity<Moved> cancel(@Valid @RequestBody Cancel request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new CancelCreditsCommand(RegistryLedger.ID, id, request.account(), request.quantity(),
                range(request.serialStart(), request.serialEnd()), request.kind(), request.reason()));
        return ResponseEntity.status(201).body(new Moved(id));
    }

    @GetMapping(value = "/public/projects/{projectId}", produces = {"application/json", "text/csv"})
    @Operation(summary = "Public view of a project's credits by vintage: issued, live, retired, cancelled; ?format=csv for CSV")
    ResponseEntity<?> project(@PathVariable String projectId,
                              @org.springframework.web.bind.annotation.RequestParam(required = false) Integer vintage,
                              @org.springframework.web.bind.annotation.RequestParam(required = false) String format) {
        return rowsOrCsv(holdings.projectByVintage(projectId, vintage), "project-" + projectId, format, null);
    }

    @GetMapping("/public/serials/{serial}")
    @Operation(summary = "Public serial search: who holds serial X, and was it retired or cancelled (no token needed)")
    java.util.Map<String, Object> serial(@PathVariable long serial) {
        return holdings.serial(serial).orElseThrow(() -> DomainException.notFound("serial-not-issued", "serial " + serial + " was never issued"));
    }

    @GetMapping(value = "/public/{movements:retirements|cancellations}", produces = {"application/json", "text/csv"})
    @Operation(summary = "Public lists of retirements and cancellations, optionally of one ?project= and ?vintage=; "
            + "text/csv (or ?format=csv) for a CSV export")
    ResponseEntity<?> movements(@PathVariable String movements,
                                @org.springframework.web.bind.annotation.RequestParam(required = false) String project,
                                @org.springframework.web.bind.annotation.RequestParam(required = false) Integer vintage,
                                @org.springframework.web.bind.annotation.RequestParam(required = false) String format,
                                @org.springframework.web.bind.annotation.RequestHeader(value = "Accept", required = false) String accept) {
        return rowsOrCsv(holdings.movements(movements, project, vintage), movements, format, accept);
    }

    @GetMapping(value = "/public/issuances", produces = {"application/json", "text/csv"})
    @Operation(summary = "Public registry view: every issuance with its serial block, optionally of one ?project= and ?vintage=; "
            + "text/csv (or ?format=csv) for a CSV export (no token needed)")
    ResponseEntity<?> issuances(@org.springframework.web.bind.annotation.RequestParam(required = false) String project,
                                @org.springframework.web.bind.annotation.RequestParam(required = false) Integer vintage,
                                @org.springframework.web.bind.annotation.RequestParam(required = false) String format,
                                @org.springframework.web.bind.annotation.RequestHeader(value = "Accept", required = false) String accept) {
        List<HoldingsProjection.Block> blocks = holdings.issuances(project, vintage);
        if (!wantsCsv(format, accept)) {
            return ResponseEntity.ok(blocks);
        }
        List<java.util.Map<String, Object>> rows = blocks.stream().map(b -> {
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("serials", b.serials());
            row.put("serial_start", b.serialStart());
            row.put("serial_end", b.serialEnd());
            row.put("quantity", b.quantity());
            row.put("vintage", b.vintage());
            row.put("project_id", b.projectId());
            row.put("report_id", b.reportId());
            row.put("report_version", b.reportVersion());
            row.put("methodology", b.methodology());
            row.put("dataset_digest", b.datasetDigest());
            row.put("issued_at", b.issuedAt());
            return row;
        }).toList();
        return rowsOrCsv(rows, "issuances", format, accept);
    }

    private static boolean wantsCsv(String format, String accept) {
        return "csv".equals(format) || (accept != null && accept.contains("text/csv"));
    }

    private static ResponseEntity<?> rowsOrCsv(List<java.util.Map<String, Object>> rows, String name, String format, String accept) {
        if (wantsCsv(format, accept)) {
            return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("text/csv"))
                    .header("Content-Disposition", "attachment; filename=" + name + ".csv").body(Csv.of(rows));
        }
        return ResponseEntity.ok(rows);
    }

    @GetMapping("/public/retirements/{retirementId}")
    @Operation(summary = "Public retirement certificate: who retired which serials, for whom and why (no token needed)")
    HoldingsProjection.Retirement certificate(@PathVariable String retirementId) {
        return holdings.retirement(retirementId)
                .orElseThrow(() -> DomainException.notFound("retirement-not-found", "no retirement " + retirementId));
    }

    /** Only the organisation that holds an account moves its credits. */
    private void requireHolder(String account) {
        Actor actor = Actor.require();
        boolean holds = holdings.holderOf(account).map(actor::belongsTo).orElse(false);
        if (!actor.hasAnyRole(Role.CREDIT_HOLDER, Role.PROJECT_OWNER) || !holds) {
            throw DomainException.forbidden("not-account-holder", "only the organisation holding account " + account + " moves its credits");
        }
    }

    record OpenAccount(@NotBlank @Size(max = 200) String name, String kind) {
    }

    record AccountChange(@Size(max = 200) String name, @Size(max = 2000) String reason) {
    }

    @PostMapping("/accounts")
    @Operation(summary = "Open another holding account for the caller's organisation (the registry opens its retirement, cancellation and buffer accounts)")
    ResponseEntity<Moved> open(@Valid @RequestBody OpenAccount request) {
        Actor actor = Actor.require();
        String kind = request.kind() == null ? "HOLDING" : request.kind();
        if (!kind.equals("HOLDING") && !actor.hasRole(Role.REGISTRY_ADMIN)) {
            throw DomainException.forbidden("registry-accounts", "only the registry opens retirement, cancellation and buffer accounts");
        }
        if (!actor.hasAnyRole(Role.CREDIT_HOLDER, Role.PROJECT_OWNER, Role.REGISTRY_ADMIN)) {
            throw DomainException.forbidden("forbidden", "opening an account needs the credit-holder, project-owner or registry-admin role");
        }
        // an organisation's first holding account is its default one, the account others transfer to by its name
        String defaultId = RegistryLedger.holdingAccountOf(actor.organisation());
        String id = kind.equals("HOLDING") && holdings.holderOf(defaultId).isEmpty() ? defaultId
                : kind.toLowerCase() + ":" + actor.organisation() + ":" + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new OpenAccountCommand(RegistryLedger.ID, id, actor.organisation(), kind, request.name()));
        return ResponseEntity.status(201).body(new Moved(id));
    }

    @PostMapping("/accounts/{accountId}/{change:name|suspension|reinstatement|closure}")
    @Operation(summary = "Rename or close (only when empty) an account of one's own; the registry suspends (receives, cannot send) and reinstates")
    ResponseEntity<Void> change(@PathVariable String accountId, @PathVariable String change,
                                @Valid @RequestBody(required = false) AccountChange request) {
        Actor actor = Actor.require();
        boolean registryAction = change.equals("suspension") || change.equals("reinstatement");
        boolean holder = actor.hasAnyRole(Role.CREDIT_HOLDER, Role.PROJECT_OWNER)
                && holdings.holderOf(accountId).map(actor::belongsTo).orElse(false);
        if (registryAction ? !actor.hasRole(Role.REGISTRY_ADMIN) : !holder) {
            throw DomainException.forbidden("forbidden", registryAction ? "only the registry suspends or reinstates accounts"
                    : "only the organisation holding account " + accountId + " renames or closes it");
        }
        AccountChange body = request == null ? new AccountChange(null, null) : request;
        if (change.equals("name") && (body.name() == null || body.name().isBlank())) {
            throw DomainException.badRequest("name-required", "a new name is required", FieldProblem.of("name", "required"));
        }
        String command = switch (change) {
            case "name" -> "RENAME";
            case "suspension" -> "SUSPEND";
            case "reinstatement" -> "REINSTATE";
            default -> "CLOSE";
        };
        commands.sendAndWait(new ChangeAccountStatusCommand(RegistryLedger.ID, accountId, command, body.name(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    private static SerialRange range(Long start, Long end) {
        if (start == null && end == null) {
            return null;
        }
        if (start == null || end == null || end < start) {
            throw DomainException.badRequest("serials-invalid", "a serial range needs serialStart <= serialEnd",
                    FieldProblem.of("serialEnd", "must be given with serialStart and not below it"));
        }
        return new SerialRange(start, end);
    }

    @GetMapping("/accounts")
    @Operation(summary = "The caller's organisation's accounts, balances and serial blocks")
    List<HoldingsProjection.Account> myAccounts() {
        return holdings.accountsOf(Actor.require().organisation());
    }
}
