package org.carbonmrv.registry.ledger;

import org.carbonmrv.api.registry.AccountKind;
import org.carbonmrv.api.registry.AccountStatus;
import org.carbonmrv.platform.problem.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountsTest {

    private final Accounts accounts = new Accounts();

    @Test
    void aSuspendedAccountReceivesButCannotSend() {
        accounts.opened("holding:juhua-chem", "juhua-chem", AccountKind.HOLDING);
        accounts.changed("holding:juhua-chem", AccountStatus.SUSPENDED);
        assertThatCode(() -> accounts.requireOpen("holding:juhua-chem", "toAccount", false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> accounts.requireOpen("holding:juhua-chem", "fromAccount", true))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("suspended and cannot send");
    }

    @Test
    void aClosedAccountNeitherSendsNorReceivesNorChanges() {
        accounts.opened("holding:x:1", "x", AccountKind.HOLDING);
        accounts.changed("holding:x:1", AccountStatus.CLOSED);
        assertThatThrownBy(() -> accounts.requireOpen("holding:x:1", "toAccount", false))
                .hasMessageContaining("closed and cannot receive");
        assertThatThrownBy(() -> accounts.requireNotClosed("holding:x:1")).hasMessageContaining("is closed");
    }

    @Test
    void creditsAreTransferredIntoHoldingAccountsOnly() {
        accounts.opened("retirement:mrv-registry", "mrv-registry", AccountKind.RETIREMENT);
        assertThatThrownBy(() -> accounts.requireHolding("retirement:mrv-registry", "toAccount"))
                .hasMessageContaining("is a retirement account");
    }

    @Test
    void anOrganisationsDefaultAccountIsNamedAfterIt() {
        assertThat(Accounts.organisationOfDefault("holding:juhua-chem")).isEqualTo("juhua-chem");
        assertThat(Accounts.organisationOfDefault("holding:juhua-chem:1a2b")).isNull();
        assertThat(Accounts.organisationOfDefault("retirement:mrv-registry")).isNull();
    }

    @Test
    void creditsIssuedIntoAnAccountNoEventOpenedMakeItAnOpenHoldingAccountOfTheOwner() {
        accounts.issuedInto("holding:linhai-chem", "linhai-chem");
        assertThat(accounts.heldBy("holding:linhai-chem", "linhai-chem")).isTrue();
        assertThat(accounts.knows("linhai-chem")).isTrue();
        assertThatCode(() -> accounts.requireHolding("holding:linhai-chem", "toAccount"))
                .doesNotThrowAnyException();
    }
}
