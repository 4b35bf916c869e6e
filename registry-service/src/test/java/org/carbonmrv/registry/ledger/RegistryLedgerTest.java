package org.carbonmrv.registry.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.carbonmrv.api.registry.AccountClosedEvent;
import org.carbonmrv.api.registry.AccountKind;
import org.carbonmrv.api.registry.AccountOpenedEvent;
import org.carbonmrv.api.registry.AccountSuspendedEvent;
import org.carbonmrv.api.registry.ApproveIssuanceCommand;
import org.carbonmrv.api.registry.CloseAccountCommand;
import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.carbonmrv.api.registry.CreditsRetiredEvent;
import org.carbonmrv.api.registry.CreditsTransferredEvent;
import org.carbonmrv.api.registry.IssuanceRequestedEvent;
import org.carbonmrv.api.registry.RequestIssuanceCommand;
import org.carbonmrv.api.registry.RetireCreditsCommand;
import org.carbonmrv.api.registry.SerialRange;
import org.carbonmrv.api.registry.TransferCreditsCommand;
import org.carbonmrv.platform.problem.DomainException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

class RegistryLedgerTest {

    static final String DIGEST = "a".repeat(64);
    AggregateTestFixture<RegistryLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RegistryLedger.class);
    }

    static RequestIssuanceCommand issue(String reportId, long quantity) {
        return new RequestIssuanceCommand(
                RegistryLedger.ID,
                "issuance-" + reportId,
                reportId,
                2,
                "p1",
                "linhai-chem",
                2019,
                quantity,
                "CM-010",
                "V01",
                DIGEST,
                true);
    }

    static IssuanceRequestedEvent requested(String reportId, long quantity) {
        return new IssuanceRequestedEvent(
                "issuance-" + reportId, reportId, 2, "p1", "linhai-chem", 2019, quantity, "CM-010", "V01", DIGEST);
    }

    static CreditsIssuedEvent issued(String reportId, long quantity, long start) {
        return new CreditsIssuedEvent(
                "issuance-" + reportId,
                reportId,
                2,
                "p1",
                "linhai-chem",
                "holding:linhai-chem",
                2019,
                quantity,
                start,
                start + quantity - 1,
                "CM-010",
                "V01",
                DIGEST);
    }

    @Test
    void issuesTheFirstBlockFromSerialOneIntoTheOwnersHoldingAccount() {
        fixture.givenNoPriorActivity()
                .when(issue("r1", 3_999_500))
                .expectEvents(
                        requested("r1", 3_999_500),
                        new AccountOpenedEvent(
                                "holding:linhai-chem",
                                "linhai-chem",
                                AccountKind.HOLDING,
                                "linhai-chem holding account"),
                        issued("r1", 3_999_500, 1));
    }

    @Test
    void aRegistryAdministratorApprovesTheRequestWhenThePolicyIsNotAutomatic() {
        fixture.given(requested("r1", 3_999_500))
                .when(new ApproveIssuanceCommand(RegistryLedger.ID, "issuance-r1", null))
                .expectEvents(
                        new AccountOpenedEvent(
                                "holding:linhai-chem",
                                "linhai-chem",
                                AccountKind.HOLDING,
                                "linhai-chem holding account"),
                        issued("r1", 3_999_500, 1));
    }

    @Test
    void issuesIntoAnAccountOfTheOwnerOnly() {
        fixture.given(
                        requested("r1", 100),
                        new AccountOpenedEvent("holding:juhua-chem", "juhua-chem", AccountKind.HOLDING, "j"))
                .when(new ApproveIssuanceCommand(RegistryLedger.ID, "issuance-r1", "holding:juhua-chem"))
                .expectException(DomainException.class)
                .expectNoEvents();
    }

    @Test
    void theSameDataSetIsNotCreditedUnderASecondProject() {
        IssuanceRequestedEvent copy = new IssuanceRequestedEvent(
                "issuance-r2", "r2", 1, "p2", "fenghua-chem", 2019, 3_999_500, "CM-010", "V01", DIGEST);
        fixture.given(requested("r1", 3_999_500), issued("r1", 3_999_500, 1))
                .when(new RequestIssuanceCommand(
                        RegistryLedger.ID,
                        "issuance-r2",
                        "r2",
                        1,
                        "p2",
                        "fenghua-chem",
                        2019,
                        3_999_500,
                        "CM-010",
                        "V01",
                        DIGEST,
                        true))
                .expectEvents(copy);
        fixture.given(requested("r1", 3_999_500), issued("r1", 3_999_500, 1), copy)
                .when(new ApproveIssuanceCommand(RegistryLedger.ID, "issuance-r2", null))
                .expectNoEvents()
                .expectExceptionMessage(Matchers.containsString("earned credits for project p1 already"));
    }

    @Test
    void creditsGoIntoHoldingAccountsOnlyNotStraightIntoTheRetirementAccount() {
        fixture.given(
                        issued("r1", 100, 1),
                        new AccountOpenedEvent("retirement:mrv-registry", "mrv-registry", AccountKind.RETIREMENT, "r"))
                .when(new TransferCreditsCommand(
                        RegistryLedger.ID, "t1", "holding:linhai-chem", "retirement:mrv-registry", 10L, null))
                .expectNoEvents()
                .expectExceptionMessage(Matchers.containsString("into holding accounts only"));
    }

    @Test
    void noAccountIsMadeUpForAnOrganisationTheRegistryDoesNotKnow() {
        fixture.given(issued("r1", 100, 1))
                .when(new TransferCreditsCommand(
                        RegistryLedger.ID, "t1", "holding:linhai-chem", "holding:no-such-org", 10L, null))
                .expectNoEvents()
                .expectExceptionMessage("no account holding:no-such-org");
    }

    @Test
    void approvesARequestOnce() {
        fixture.given(requested("r1", 100), issued("r1", 100, 1))
                .when(new ApproveIssuanceCommand(RegistryLedger.ID, "issuance-r1", null))
                .expectExceptionMessage("request issuance-r1 is issued already");
    }

    @Test
    void aSuspendedAccountReceivesButCannotSend() {
        fixture.given(
                        issued("r1", 100, 1),
                        new AccountOpenedEvent("holding:juhua-chem", "juhua-chem", AccountKind.HOLDING, "j"),
                        new AccountSuspendedEvent("holding:linhai-chem", "inquiry"))
                .when(new TransferCreditsCommand(
                        RegistryLedger.ID, "t1", "holding:linhai-chem", "holding:juhua-chem", 1L, null))
                .expectExceptionMessage("account holding:linhai-chem is suspended and cannot send credits");
        fixture.given(
                        issued("r1", 100, 1),
                        new AccountOpenedEvent("holding:juhua-chem", "juhua-chem", AccountKind.HOLDING, "j"),
                        new AccountSuspendedEvent("holding:juhua-chem", "inquiry"))
                .when(new TransferCreditsCommand(
                        RegistryLedger.ID, "t1", "holding:linhai-chem", "holding:juhua-chem", 1L, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void closesOnlyAnEmptyAccount() {
        fixture.given(issued("r1", 100, 1))
                .when(new CloseAccountCommand(RegistryLedger.ID, "holding:linhai-chem", "done"))
                .expectExceptionMessage("account holding:linhai-chem still holds 100 credits; transfer them first");
        fixture.given(new AccountOpenedEvent("holding:x:1", "x", AccountKind.HOLDING, "spare"))
                .when(new CloseAccountCommand(RegistryLedger.ID, "holding:x:1", "not needed"))
                .expectEvents(new AccountClosedEvent("holding:x:1", "not needed"));
    }

    @Test
    void neverIssuesTwiceForOneReportWhateverTheRedelivery() {
        fixture.given(requested("r1", 3_999_500), issued("r1", 3_999_500, 1))
                .when(issue("r1", 3_999_500))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void startsTheNextBlockAfterTheLastSoBlocksNeverOverlap() {
        fixture.given(issued("r1", 3_999_500, 1))
                .when(issue("r2", 1_000))
                .expectEvents(requested("r2", 1_000), issued("r2", 1_000, 3_999_501));
    }

    static final AccountOpenedEvent BUYER_ACCOUNT =
            new AccountOpenedEvent("holding:juhua-chem", "juhua-chem", AccountKind.HOLDING, "j");

    @Test
    void aTransferOfAQuantityTakesTheSendersHighestSerials() {
        fixture.given(issued("r1", 3_999_500, 1), BUYER_ACCOUNT)
                .when(new TransferCreditsCommand(
                        RegistryLedger.ID, "t1", "holding:linhai-chem", "holding:juhua-chem", 1000L, null))
                .expectEvents(new CreditsTransferredEvent(
                        "t1",
                        "holding:linhai-chem",
                        "holding:juhua-chem",
                        List.of(new SerialRange(3_998_501, 3_999_500)),
                        1000));
    }

    @Test
    void neverOverdrawsAnAccount() {
        fixture.given(issued("r1", 100, 1), BUYER_ACCOUNT)
                .when(new TransferCreditsCommand(
                        RegistryLedger.ID, "t1", "holding:linhai-chem", "holding:juhua-chem", 101L, null))
                .expectException(DomainException.class)
                .expectNoEvents();
    }

    @Test
    void retiredSerialsNeverMoveAgain() {
        fixture.given(
                        issued("r1", 100, 1),
                        new CreditsRetiredEvent(
                                "x1",
                                "holding:linhai-chem",
                                List.of(new SerialRange(91, 100)),
                                10,
                                "Zhejiang Provincial Government",
                                "offset",
                                "2019 emissions",
                                "CN"),
                        BUYER_ACCOUNT)
                .when(new TransferCreditsCommand(
                        RegistryLedger.ID,
                        "t1",
                        "holding:linhai-chem",
                        "holding:juhua-chem",
                        null,
                        new SerialRange(95, 96)))
                .expectExceptionMessage(
                        "serials 95..96 are not live in account holding:linhai-chem (they are retired)");
    }

    @Test
    void retiresAnExplicitRange() {
        fixture.given(issued("r1", 100, 1))
                .when(new RetireCreditsCommand(
                        RegistryLedger.ID,
                        "x1",
                        "holding:linhai-chem",
                        null,
                        new SerialRange(11, 20),
                        "Linhai city",
                        "voluntary",
                        "2019 plant emissions",
                        "CN"))
                .expectEvents(new CreditsRetiredEvent(
                        "x1",
                        "holding:linhai-chem",
                        List.of(new SerialRange(11, 20)),
                        10,
                        "Linhai city",
                        "voluntary",
                        "2019 plant emissions",
                        "CN"));
    }
}
