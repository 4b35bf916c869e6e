package org.carbonmrv.registry.issuance;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.carbonmrv.api.registry.IssueCreditsCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IssuanceLedgerTest {

    static final String DIGEST = "a".repeat(64);
    AggregateTestFixture<IssuanceLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IssuanceLedger.class);
    }

    static IssueCreditsCommand issue(String reportId, long quantity) {
        return new IssueCreditsCommand(IssuanceLedger.ID, reportId, 2, "p1", "linhai-chem", 2019, quantity, "CM-010", "V01", DIGEST);
    }

    static CreditsIssuedEvent issued(String reportId, long quantity, long start) {
        return new CreditsIssuedEvent("issuance-" + reportId, reportId, 2, "p1", "linhai-chem", "holding:linhai-chem", 2019,
                quantity, start, start + quantity - 1, "CM-010", "V01", DIGEST);
    }

    @Test
    void issuesTheFirstBlockFromSerialOne() {
        fixture.givenNoPriorActivity()
                .when(issue("r1", 3_999_500))
                .expectEvents(issued("r1", 3_999_500, 1));
    }

    @Test
    void neverIssuesTwiceForOneReportWhateverTheRedelivery() {
        fixture.given(issued("r1", 3_999_500, 1))
                .when(issue("r1", 3_999_500))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void startsTheNextBlockAfterTheLastSoBlocksNeverOverlap() {
        fixture.given(issued("r1", 3_999_500, 1))
                .when(issue("r2", 1_000))
                .expectEvents(issued("r2", 1_000, 3_999_501));
    }

    @Test
    void refusesAnEmptyIssuance() {
        fixture.givenNoPriorActivity()
                .when(issue("r1", 0))
                .expectException(org.carbonmrv.platform.problem.DomainException.class);
    }
}
