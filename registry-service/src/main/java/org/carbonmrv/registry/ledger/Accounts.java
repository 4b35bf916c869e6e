package org.carbonmrv.registry.ledger;

import org.carbonmrv.api.registry.AccountKind;
import org.carbonmrv.api.registry.AccountStatus;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.util.HashMap;
import java.util.Map;

/**
 * The ledger's accounts: who holds each, what kind it is and whether it is open, suspended or
 * closed, with the rules a movement must pass. Pure, beside {@link Holdings}: the ledger feeds it
 * its events and asks it before applying a new one.
 */
final class Accounts {

    private static final String HOLDING_PREFIX = "holding:";

    private final Map<String, String> owner = new HashMap<>();
    private final Map<String, AccountStatus> status = new HashMap<>();
    private final Map<String, AccountKind> kind = new HashMap<>();

    void opened(String accountId, String organisation, AccountKind accountKind) {
        status.put(accountId, AccountStatus.OPEN);
        owner.put(accountId, organisation);
        kind.put(accountId, accountKind);
    }

    /** Credits issued into an account that no event opened (issuances from before accounts had events). */
    void issuedInto(String accountId, String organisation) {
        owner.putIfAbsent(accountId, organisation);
        status.putIfAbsent(accountId, AccountStatus.OPEN);
        kind.putIfAbsent(accountId, AccountKind.HOLDING);
    }

    void changed(String accountId, AccountStatus newStatus) {
        status.put(accountId, newStatus);
    }

    boolean exists(String accountId) {
        return status.containsKey(accountId);
    }

    boolean heldBy(String accountId, String organisation) {
        return organisation != null && organisation.equals(owner.get(accountId));
    }

    /** Whether the registry holds any account of the organisation. */
    boolean knows(String organisation) {
        return owner.containsValue(organisation);
    }

    /** The organisation whose default holding account {@code accountId} names ({@code holding:<organisation>}), or null. */
    static String organisationOfDefault(String accountId) {
        return accountId.startsWith(HOLDING_PREFIX) && accountId.indexOf(':', HOLDING_PREFIX.length()) < 0
                ? accountId.substring(HOLDING_PREFIX.length())
                : null;
    }

    /** An account that exists and is not closed: renamed, suspended, reinstated or closed. */
    void requireNotClosed(String accountId) {
        AccountStatus current = status.get(accountId);
        if (current == null) {
            throw DomainException.notFound("account-not-found", "no account " + accountId);
        }
        if (current == AccountStatus.CLOSED) {
            throw DomainException.conflict("account-closed", "account " + accountId + " is closed");
        }
    }

    /** A sender must be open; a receiver may be suspended (it receives but cannot send) but not closed. */
    void requireOpen(String accountId, String field, boolean sending) {
        AccountStatus current = status.get(accountId);
        if (current == null) {
            throw DomainException.unprocessable(
                    "account-not-found",
                    "no account " + accountId,
                    new FieldProblem(field, "must be an open account", accountId));
        }
        if (current == AccountStatus.CLOSED || (sending && current == AccountStatus.SUSPENDED)) {
            String state = current.name().toLowerCase();
            throw DomainException.unprocessable(
                    "account-" + state,
                    "account " + accountId + " is " + state
                            + (sending ? " and cannot send credits" : " and cannot receive credits"),
                    new FieldProblem(field, "must be an open account", accountId));
        }
    }

    /** Credits are transferred into holding accounts only. */
    void requireHolding(String accountId, String field) {
        if (kind.get(accountId) != AccountKind.HOLDING) {
            throw DomainException.unprocessable(
                    "not-a-holding-account",
                    "credits are transferred into holding accounts only; " + accountId + " is a "
                            + kind.get(accountId).name().toLowerCase() + " account (retire or cancel instead)",
                    new FieldProblem(field, "must be a holding account", accountId));
        }
    }
}
