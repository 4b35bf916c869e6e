package org.carbonmrv.registry.ledger;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.carbonmrv.api.registry.AccountClosedEvent;
import org.carbonmrv.api.registry.AccountKind;
import org.carbonmrv.api.registry.AccountOpenedEvent;
import org.carbonmrv.api.registry.AccountReinstatedEvent;
import org.carbonmrv.api.registry.AccountRenamedEvent;
import org.carbonmrv.api.registry.AccountSerials;
import org.carbonmrv.api.registry.AccountStatus;
import org.carbonmrv.api.registry.AccountSuspendedEvent;
import org.carbonmrv.api.registry.ApproveIssuanceCommand;
import org.carbonmrv.api.registry.CancelCreditsCommand;
import org.carbonmrv.api.registry.CloseAccountCommand;
import org.carbonmrv.api.registry.CreditsCancelledEvent;
import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.carbonmrv.api.registry.CreditsRetiredEvent;
import org.carbonmrv.api.registry.CreditsReversedEvent;
import org.carbonmrv.api.registry.CreditsTransferredEvent;
import org.carbonmrv.api.registry.IssuanceRequestWithdrawnEvent;
import org.carbonmrv.api.registry.IssuanceRequestedEvent;
import org.carbonmrv.api.registry.LiabilitySettledEvent;
import org.carbonmrv.api.registry.OpenAccountCommand;
import org.carbonmrv.api.registry.ReinstateAccountCommand;
import org.carbonmrv.api.registry.RenameAccountCommand;
import org.carbonmrv.api.registry.RequestIssuanceCommand;
import org.carbonmrv.api.registry.RetireCreditsCommand;
import org.carbonmrv.api.registry.SerialRange;
import org.carbonmrv.api.registry.SettleLiabilityCommand;
import org.carbonmrv.api.registry.SuspendAccountCommand;
import org.carbonmrv.api.registry.TransferCreditsCommand;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The registry's ledger: it hands out serial numbers in one sequence, so blocks never overlap,
 * remembers which reduction reports it has issued for, so a report is issued once however often
 * its approval is delivered, and moves credits between accounts and into retirement. One
 * aggregate orders every movement, so two transfers out of one account can never overdraw it.
 */
@Aggregate(cache = "registryLedgerCache")
public class RegistryLedger {

    public static final String ID = "registry-ledger";

    @AggregateIdentifier
    private String ledgerId;

    private long nextSerial = 1;

    RegistryLedger() {
        // for Axon
    }

    private final Holdings holdings = new Holdings();
    private final Accounts accounts = new Accounts();
    private final ReportCredits reports = new ReportCredits();

    /**
     * An approved report version asks for its credits. A first approval requests them all; an
     * approval that supersedes an earlier one requests only what it adds, or reverses what it takes
     * away. A delivery of a version already handled, or older than one handled, changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestIssuanceCommand command) {
        if (command.quantity() < 0) {
            throw new IllegalArgumentException("a report cannot verify negative reductions: " + command.quantity());
        }
        if (reports.handled(command.reportId(), command.reportVersion())) {
            return; // a re-delivered or out-of-date approval
        }
        reports.pendingRequestOf(command.reportId())
                .ifPresent(pendingRequest -> apply(new IssuanceRequestWithdrawnEvent(
                        pendingRequest,
                        command.reportId(),
                        command.requestId(),
                        "version " + command.reportVersion()
                                + " of the report superseded the version it was requested for")));
        long difference = reports.difference(command.reportId(), command.quantity());
        if (difference > 0) {
            IssuanceRequestedEvent request = new IssuanceRequestedEvent(
                    command.requestId(),
                    command.reportId(),
                    command.reportVersion(),
                    command.projectId(),
                    command.ownerOrganisation(),
                    command.vintage(),
                    difference,
                    command.methodologyId(),
                    command.methodologyVersion(),
                    command.datasetDigest());
            apply(request);
            if (command.approveAutomatically() && reports.creditedElsewhere(request) == null) {
                String account = holdingAccountOf(command.ownerOrganisation());
                openDefaultAccount(account, command.ownerOrganisation());
                issue(request, account);
            }
        } else if (difference < 0) {
            reverse(command, -difference);
        }
    }

    /** Cancels the shortfall from the report's credits the owner still holds; the rest becomes a liability. */
    private void reverse(RequestIssuanceCommand command, long shortfall) {
        String owner = command.ownerOrganisation();
        List<AccountSerials> taken = holdings.liveWithin(
                reports.issuedRanges(command.reportId()), account -> accounts.heldBy(account, owner), shortfall);
        long cancelled = taken.stream()
                .flatMap(a -> a.serials().stream())
                .mapToLong(SerialRange::quantity)
                .sum();
        long before = reports.credited(command.reportId());
        apply(new CreditsReversedEvent(
                "reversal-" + command.reportId() + "-v" + command.reportVersion(),
                command.reportId(),
                reports.latestVersion(command.reportId()),
                command.reportVersion(),
                command.projectId(),
                owner,
                command.vintage(),
                shortfall,
                taken,
                cancelled,
                shortfall - cancelled,
                "version " + command.reportVersion() + " verifies " + command.quantity() + " tCO2e where " + before
                        + " were credited"));
    }

    @CommandHandler
    void handle(SettleLiabilityCommand command) {
        // who may settle first: another organisation learns nothing about the report's liability
        if (!command.actingOrganisation().equals(reports.owner(command.reportId()))
                || !accounts.heldBy(command.account(), command.actingOrganisation())) {
            throw DomainException.forbidden(
                    "not-liable", "only the owner organisation settles its liability, from its own account");
        }
        long liability = reports.liability(command.reportId());
        if (liability == 0) {
            throw DomainException.conflict(
                    "no-liability", "report " + command.reportId() + " leaves no liability to settle");
        }
        if (command.quantity() > liability) {
            throw DomainException.unprocessable(
                    "more-than-liability",
                    "the liability is " + liability + " credits",
                    new FieldProblem("quantity", "at most " + liability, String.valueOf(command.quantity())));
        }
        accounts.requireOpen(command.account(), "account", true);
        List<SerialRange> serials = holdings.highest(command.account(), command.quantity());
        apply(new LiabilitySettledEvent(
                command.settlementId(),
                command.reportId(),
                command.actingOrganisation(),
                command.account(),
                serials,
                command.quantity(),
                liability - command.quantity()));
    }

    @CommandHandler
    void handle(ApproveIssuanceCommand command) {
        IssuanceRequestedEvent request =
                reports.pendingRequest(command.requestId()).orElse(null);
        if (request == null) {
            reports.withdrawalReason(command.requestId()).ifPresent(reason -> {
                throw DomainException.conflict(
                        "issuance-withdrawn", "request " + command.requestId() + " was withdrawn: " + reason);
            });
            throw reports.issued(command.requestId())
                    ? DomainException.conflict("issuance-done", "request " + command.requestId() + " is issued already")
                    : DomainException.notFound(
                            "issuance-request-not-found", "no issuance request " + command.requestId());
        }
        String account = command.account() == null ? holdingAccountOf(request.ownerOrganisation()) : command.account();
        if (command.account() == null) {
            openDefaultAccount(account, request.ownerOrganisation());
        } else if (!accounts.heldBy(account, request.ownerOrganisation())) {
            throw DomainException.unprocessable(
                    "account-not-owners",
                    "credits are issued into a holding account of the " + "project owner "
                            + request.ownerOrganisation(),
                    new FieldProblem("account", "must be the owner's", account));
        }
        issue(request, account);
    }

    private void issue(IssuanceRequestedEvent request, String account) {
        String otherProject = reports.creditedElsewhere(request);
        if (otherProject != null) {
            throw DomainException.conflict(
                    "dataset-already-credited",
                    "the data set " + request.datasetDigest() + " of report "
                            + request.reportId() + " earned credits for project " + otherProject
                            + " already; the same monitoring "
                            + "data is credited once");
        }
        accounts.requireOpen(account, "account", false);
        long start = nextSerial;
        long end = Math.addExact(start, request.quantity() - 1);
        apply(new CreditsIssuedEvent(
                request.requestId(),
                request.reportId(),
                request.reportVersion(),
                request.projectId(),
                request.ownerOrganisation(),
                account,
                request.vintage(),
                request.quantity(),
                start,
                end,
                request.methodologyId(),
                request.methodologyVersion(),
                request.datasetDigest()));
    }

    @CommandHandler
    void handle(TransferCreditsCommand command) {
        if (command.fromAccount().equals(command.toAccount())) {
            throw DomainException.unprocessable(
                    "transfer-to-itself",
                    "a transfer needs two different accounts",
                    FieldProblem.of("toAccount", "must differ from fromAccount"));
        }
        accounts.requireOpen(command.fromAccount(), "fromAccount", true);
        String receiver = command.toAccount();
        String receivingOrganisation = Accounts.organisationOfDefault(receiver);
        if (!accounts.exists(receiver) && receivingOrganisation != null && accounts.knows(receivingOrganisation)) {
            openDefaultAccount(
                    receiver, receivingOrganisation); // an organisation the registry knows gets its default account
        }
        accounts.requireOpen(receiver, "toAccount", false);
        accounts.requireHolding(receiver, "toAccount");
        List<SerialRange> serials = select(command.fromAccount(), command.quantity(), command.serials());
        apply(new CreditsTransferredEvent(
                command.transferId(),
                command.fromAccount(),
                command.toAccount(),
                serials,
                serials.stream().mapToLong(SerialRange::quantity).sum()));
    }

    @CommandHandler
    void handle(RetireCreditsCommand command) {
        accounts.requireOpen(command.account(), "account", true);
        List<SerialRange> serials = select(command.account(), command.quantity(), command.serials());
        apply(new CreditsRetiredEvent(
                command.retirementId(),
                command.account(),
                serials,
                serials.stream().mapToLong(SerialRange::quantity).sum(),
                command.beneficiary(),
                command.purpose(),
                command.reason(),
                command.jurisdiction()));
    }

    @CommandHandler
    void handle(CancelCreditsCommand command) {
        List<SerialRange> serials = select(command.account(), command.quantity(), command.serials());
        apply(new CreditsCancelledEvent(
                command.cancellationId(),
                command.account(),
                serials,
                serials.stream().mapToLong(SerialRange::quantity).sum(),
                command.kind(),
                command.reason()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenAccountCommand command) {
        if (accounts.exists(command.accountId())) {
            throw DomainException.conflict("account-exists", "account " + command.accountId() + " exists");
        }
        apply(new AccountOpenedEvent(command.accountId(), command.organisation(), command.kind(), command.name()));
    }

    @CommandHandler
    void handle(RenameAccountCommand command) {
        accounts.requireNotClosed(command.accountId());
        apply(new AccountRenamedEvent(command.accountId(), command.name()));
    }

    @CommandHandler
    void handle(SuspendAccountCommand command) {
        accounts.requireNotClosed(command.accountId());
        apply(new AccountSuspendedEvent(command.accountId(), command.reason()));
    }

    @CommandHandler
    void handle(ReinstateAccountCommand command) {
        accounts.requireNotClosed(command.accountId());
        apply(new AccountReinstatedEvent(command.accountId(), command.reason()));
    }

    @CommandHandler
    void handle(CloseAccountCommand command) {
        accounts.requireNotClosed(command.accountId());
        long balance = holdings.balance(command.accountId());
        if (balance > 0) {
            throw DomainException.conflict(
                    "account-not-empty",
                    "account " + command.accountId() + " still holds " + balance + " credits; transfer them first");
        }
        apply(new AccountClosedEvent(command.accountId(), command.reason()));
    }

    private void openDefaultAccount(String accountId, String organisation) {
        if (!accounts.exists(accountId)) {
            apply(new AccountOpenedEvent(
                    accountId, organisation, AccountKind.HOLDING, organisation + " holding account"));
        }
    }

    private List<SerialRange> select(String account, Long quantity, SerialRange serials) {
        if ((quantity == null) == (serials == null)) {
            throw DomainException.badRequest(
                    "movement-invalid",
                    "name either a quantity or a serial range",
                    FieldProblem.of("quantity", "exactly one of quantity and serials"));
        }
        return serials != null ? holdings.exactly(account, serials) : holdings.highest(account, quantity);
    }

    public static String holdingAccountOf(String organisation) {
        return "holding:" + organisation;
    }

    @EventSourcingHandler
    void on(IssuanceRequestedEvent event) {
        ledgerId = ID;
        reports.requested(event);
    }

    @EventSourcingHandler
    void on(IssuanceRequestWithdrawnEvent event) {
        reports.withdrawn(event);
    }

    @EventSourcingHandler
    void on(CreditsReversedEvent event) {
        reports.reversed(event);
        event.cancelled().forEach(a -> holdings.move(a.serials(), a.account(), a.account(), Holdings.State.CANCELLED));
    }

    @EventSourcingHandler
    void on(LiabilitySettledEvent event) {
        reports.settled(event);
        holdings.move(event.serials(), event.account(), event.account(), Holdings.State.CANCELLED);
    }

    @EventSourcingHandler
    void on(CreditsIssuedEvent event) {
        ledgerId = ID;
        nextSerial = event.serialEnd() + 1;
        reports.issued(event);
        accounts.issuedInto(event.holdingAccountId(), event.ownerOrganisation());
        holdings.issue(event.holdingAccountId(), new SerialRange(event.serialStart(), event.serialEnd()));
    }

    @EventSourcingHandler
    void on(AccountOpenedEvent event) {
        ledgerId = ID;
        accounts.opened(event.accountId(), event.organisation(), event.kind());
    }

    @EventSourcingHandler
    void on(AccountSuspendedEvent event) {
        accounts.changed(event.accountId(), AccountStatus.SUSPENDED);
    }

    @EventSourcingHandler
    void on(AccountReinstatedEvent event) {
        accounts.changed(event.accountId(), AccountStatus.OPEN);
    }

    @EventSourcingHandler
    void on(AccountClosedEvent event) {
        accounts.changed(event.accountId(), AccountStatus.CLOSED);
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
