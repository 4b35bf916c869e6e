package org.carbonmrv.registry.ledger;

import org.carbonmrv.api.registry.CreditsReversedEvent;
import org.carbonmrv.api.registry.IssuanceRequestWithdrawnEvent;
import org.carbonmrv.api.registry.IssuanceRequestedEvent;
import org.carbonmrv.api.registry.LiabilitySettledEvent;
import org.carbonmrv.api.registry.SerialRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carbonmrv.registry.ledger.RegistryLedgerTest.DIGEST;
import static org.carbonmrv.registry.ledger.RegistryLedgerTest.issued;
import static org.carbonmrv.registry.ledger.RegistryLedgerTest.requested;

class ReportCreditsTest {

    private final ReportCredits credits = new ReportCredits();

    @Test
    void aVersionIsHandledOnceAndNeverAfterALaterOne() {
        assertThat(credits.handled("r1", 1)).isFalse();
        credits.requested(requested("r1", 3_999_500)); // version 2
        assertThat(credits.handled("r1", 1)).as("older").isTrue();
        assertThat(credits.handled("r1", 2)).as("the same again").isTrue();
        assertThat(credits.handled("r1", 3)).isFalse();
        assertThat(credits.pendingRequestOf("r1")).contains("issuance-r1");
    }

    @Test
    void aVersionAsksForTheDifferenceToWhatItsReportIsCreditedFor() {
        credits.requested(requested("r1", 3_999_500));
        credits.issued(issued("r1", 3_999_500, 1));
        assertThat(credits.credited("r1")).isEqualTo(3_999_500);
        assertThat(credits.difference("r1", 4_000_000)).isEqualTo(500);
        assertThat(credits.difference("r1", 3_999_000)).isEqualTo(-500);
        assertThat(credits.issuedRanges("r1")).containsExactly(new SerialRange(1, 3_999_500));
        assertThat(credits.issued("issuance-r1")).isTrue();
        assertThat(credits.pendingRequestOf("r1")).isEmpty();
        assertThat(credits.owner("r1")).isEqualTo("linhai-chem");
    }

    @Test
    void aReversalLowersTheCreditsAndLeavesWhatItCouldNotCancelAsALiability() {
        credits.issued(issued("r1", 3_999_500, 1));
        credits.reversed(new CreditsReversedEvent(
                "reversal-r1-v3",
                "r1",
                2,
                3,
                "p1",
                "linhai-chem",
                2019,
                1_000,
                List.of(),
                400,
                600,
                "v3 verifies less"));
        assertThat(credits.credited("r1")).isEqualTo(3_998_500);
        assertThat(credits.latestVersion("r1")).isEqualTo(3);
        assertThat(credits.liability("r1")).isEqualTo(600);
        credits.settled(new LiabilitySettledEvent(
                "s1", "r1", "linhai-chem", "holding:linhai-chem", List.of(new SerialRange(1, 100)), 100, 500));
        assertThat(credits.liability("r1")).isEqualTo(500);
    }

    @Test
    void aWithdrawnRequestKeepsItsReason() {
        credits.requested(requested("r1", 3_999_500));
        credits.withdrawn(new IssuanceRequestWithdrawnEvent("issuance-r1", "r1", "issuance-r1-v3", "superseded"));
        assertThat(credits.pendingRequest("issuance-r1")).isEmpty();
        assertThat(credits.withdrawalReason("issuance-r1")).contains("superseded");
        assertThat(credits.pendingRequestOf("r1")).isEmpty();
    }

    @Test
    void oneDataSetEarnsCreditsForOneProject() {
        credits.issued(issued("r1", 3_999_500, 1)); // project p1
        IssuanceRequestedEvent sameProject = requested("r1b", 10);
        IssuanceRequestedEvent otherProject = new IssuanceRequestedEvent(
                "issuance-r2", "r2", 1, "p2", "fenghua-chem", 2019, 3_999_500, "CM-010", "V01", DIGEST);
        assertThat(credits.creditedElsewhere(sameProject)).isNull();
        assertThat(credits.creditedElsewhere(otherProject)).isEqualTo("p1");
    }
}
