package org.carbonmrv.registry.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.carbonmrv.api.registry.AccountKind;
import org.carbonmrv.api.registry.AccountOpenedEvent;
import org.carbonmrv.api.registry.AccountSerials;
import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.carbonmrv.api.registry.CreditsReversedEvent;
import org.carbonmrv.api.registry.CreditsTransferredEvent;
import org.carbonmrv.api.registry.IssuanceRequestWithdrawnEvent;
import org.carbonmrv.api.registry.IssuanceRequestedEvent;
import org.carbonmrv.api.registry.LiabilitySettledEvent;
import org.carbonmrv.api.registry.RequestIssuanceCommand;
import org.carbonmrv.api.registry.SerialRange;
import org.carbonmrv.api.registry.SettleLiabilityCommand;
import org.carbonmrv.platform.problem.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

/**
 * A verified report superseded by a corrected version: the registry issues what the correction
 * adds and reverses what it takes away, from the owner's holding of that report's credits, and
 * records as a liability what the owner no longer holds.
 */
class ReversalTest {

    static final String DIGEST = "a".repeat(64);
    static final String OWNER = "holding:linhai-chem";
    AggregateTestFixture<RegistryLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RegistryLedger.class);
    }

    static RequestIssuanceCommand approved(int version, long quantity, boolean automatic) {
        return new RequestIssuanceCommand(
                RegistryLedger.ID,
                "issuance-r1-v" + version,
                "r1",
                version,
                "p1",
                "linhai-chem",
                2019,
                quantity,
                "CM-010",
                "V01",
                DIGEST,
                automatic);
    }

    static IssuanceRequestedEvent requested(int version, long quantity) {
        return new IssuanceRequestedEvent(
                "issuance-r1-v" + version, "r1", version, "p1", "linhai-chem", 2019, quantity, "CM-010", "V01", DIGEST);
    }

    static CreditsIssuedEvent issued(int version, long quantity, long start) {
        return new CreditsIssuedEvent(
                "issuance-r1-v" + version,
                "r1",
                version,
                "p1",
                "linhai-chem",
                OWNER,
                2019,
                quantity,
                start,
                start + quantity - 1,
                "CM-010",
                "V01",
                DIGEST);
    }

    static final AccountOpenedEvent OWNER_ACCOUNT =
            new AccountOpenedEvent(OWNER, "linhai-chem", AccountKind.HOLDING, "h");
    static final AccountOpenedEvent BUYER_ACCOUNT =
            new AccountOpenedEvent("holding:juhua-chem", "juhua-chem", AccountKind.HOLDING, "j");

    @Test
    void aCorrectionWithMoreReductionsIssuesOnlyTheDifference() {
        fixture.given(OWNER_ACCOUNT, requested(1, 100), issued(1, 100, 1))
                .when(approved(2, 150, true))
                .expectEvents(requested(2, 50), issued(2, 50, 101));
    }

    @Test
    void aCorrectionWithFewerReductionsCancelsTheDifferenceFromTheOwnersHighestSerialsOfThatReport() {
        fixture.given(OWNER_ACCOUNT, requested(1, 100), issued(1, 100, 1))
                .when(approved(2, 60, true))
                .expectEvents(new CreditsReversedEvent(
                        "reversal-r1-v2",
                        "r1",
                        1,
                        2,
                        "p1",
                        "linhai-chem",
                        2019,
                        40,
                        List.of(new AccountSerials(OWNER, List.of(new SerialRange(61, 100)))),
                        40,
                        0,
                        "version 2 verifies 60 tCO2e where 100 were credited"));
    }

    @Test
    void whatTheOwnerNoLongerHoldsBecomesALiability() {
        fixture.given(
                        OWNER_ACCOUNT,
                        BUYER_ACCOUNT,
                        requested(1, 100),
                        issued(1, 100, 1),
                        new CreditsTransferredEvent(
                                "t1", OWNER, "holding:juhua-chem", List.of(new SerialRange(21, 100)), 80))
                .when(approved(2, 50, true))
                .expectEvents(new CreditsReversedEvent(
                        "reversal-r1-v2",
                        "r1",
                        1,
                        2,
                        "p1",
                        "linhai-chem",
                        2019,
                        50,
                        List.of(new AccountSerials(OWNER, List.of(new SerialRange(1, 20)))),
                        20,
                        30,
                        "version 2 verifies 50 tCO2e where 100 were credited"));
    }

    @Test
    void aRequestNotYetIssuedGivesWayToTheVersionThatSupersedesIt() {
        fixture.given(requested(1, 100))
                .when(approved(2, 80, false))
                .expectEvents(
                        new IssuanceRequestWithdrawnEvent(
                                "issuance-r1-v1",
                                "r1",
                                "issuance-r1-v2",
                                "version 2 of the report superseded the version it was requested for"),
                        requested(2, 80));
    }

    @Test
    void anOldApprovalDeliveredAgainChangesNothing() {
        var reversed = new CreditsReversedEvent(
                "reversal-r1-v2",
                "r1",
                1,
                2,
                "p1",
                "linhai-chem",
                2019,
                40,
                List.of(new AccountSerials(OWNER, List.of(new SerialRange(61, 100)))),
                40,
                0,
                "v2");
        fixture.given(OWNER_ACCOUNT, requested(1, 100), issued(1, 100, 1), reversed)
                .when(approved(1, 100, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(OWNER_ACCOUNT, requested(1, 100), issued(1, 100, 1), reversed)
                .when(approved(2, 60, true))
                .expectNoEvents();
    }

    @Test
    void aReportApprovedWithNothingToCreditRequestsNothing() {
        fixture.givenNoPriorActivity()
                .when(approved(1, 0, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theOwnerSettlesItsLiabilityFromAnyOfItsCreditsUpToTheLiability() {
        var reversed = new CreditsReversedEvent(
                "reversal-r1-v2",
                "r1",
                1,
                2,
                "p1",
                "linhai-chem",
                2019,
                50,
                List.of(new AccountSerials(OWNER, List.of(new SerialRange(1, 20)))),
                20,
                30,
                "v2");
        var otherReport = new CreditsIssuedEvent(
                "issuance-r2-v1", "r2", 1, "p1", "linhai-chem", OWNER, 2020, 500, 101, 600, "CM-010", "V01", DIGEST);
        Object[] history = {
            OWNER_ACCOUNT,
            BUYER_ACCOUNT,
            requested(1, 100),
            issued(1, 100, 1),
            new CreditsTransferredEvent("t1", OWNER, "holding:juhua-chem", List.of(new SerialRange(21, 100)), 80),
            reversed,
            otherReport
        };

        fixture.given(history)
                .when(new SettleLiabilityCommand(RegistryLedger.ID, "s1", "r1", OWNER, 30, "linhai-chem"))
                .expectEvents(new LiabilitySettledEvent(
                        "s1", "r1", "linhai-chem", OWNER, List.of(new SerialRange(571, 600)), 30, 0));
        fixture.given(history)
                .when(new SettleLiabilityCommand(RegistryLedger.ID, "s1", "r1", OWNER, 31, "linhai-chem"))
                .expectExceptionMessage("the liability is 30 credits");
        fixture.given(history)
                .when(new SettleLiabilityCommand(RegistryLedger.ID, "s1", "r1", "holding:juhua-chem", 10, "juhua-chem"))
                .expectException(DomainException.class)
                .expectNoEvents();
        fixture.given(append(
                        history,
                        new LiabilitySettledEvent(
                                "s1", "r1", "linhai-chem", OWNER, List.of(new SerialRange(571, 600)), 30, 0)))
                .when(new SettleLiabilityCommand(RegistryLedger.ID, "s2", "r1", OWNER, 1, "linhai-chem"))
                .expectExceptionMessage("report r1 leaves no liability to settle");
    }

    private static Object[] append(Object[] history, Object event) {
        Object[] more = Arrays.copyOf(history, history.length + 1);
        more[history.length] = event;
        return more;
    }
}
