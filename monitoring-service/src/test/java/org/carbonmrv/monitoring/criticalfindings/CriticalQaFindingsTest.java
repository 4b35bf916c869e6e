package org.carbonmrv.monitoring.criticalfindings;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.carbonmrv.api.monitoring.CriticalQaFinding;
import org.carbonmrv.api.monitoring.CriticalQaFindingClearedEvent;
import org.carbonmrv.api.monitoring.CriticalQaFindingRaisedEvent;
import org.carbonmrv.api.monitoring.ReviewCriticalQaFindingsCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A critical QA finding is raised once while the data has it, and cleared when the data no longer does. */
class CriticalQaFindingsTest {

    static final String PLAN = "monitoring-plan:p1";
    static final CriticalQaFinding LAPSE = new CriticalQaFinding(
            "f1",
            "calibration-coverage",
            "FT-1 2019-02-01..2019-02-28",
            "meter FT-1 had no valid calibration",
            Map.of("meter", "FT-1"));
    static final CriticalQaFinding REUSED =
            new CriticalQaFinding("f2", "reading-batch-of-another-project", "batch b1", "reused", Map.of());

    AggregateTestFixture<CriticalQaFindings> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CriticalQaFindings.class);
    }

    static ReviewCriticalQaFindingsCommand review(String period, CriticalQaFinding... current) {
        return new ReviewCriticalQaFindingsCommand("p1", period, List.of(current));
    }

    static CriticalQaFindingRaisedEvent raised(String period, CriticalQaFinding f) {
        return new CriticalQaFindingRaisedEvent(
                PLAN, "p1", period, f.findingId(), f.check(), f.subject(), f.message(), f.data());
    }

    @Test
    void raisesWhatTheChecksFindFirstEvenBeforeThePlanIsDeclared() {
        fixture.givenNoPriorActivity().when(review("rp", LAPSE)).expectEvents(raised("rp", LAPSE));
    }

    @Test
    void raisesNothingAgainWhileTheDataStillHasIt() {
        fixture.given(raised("rp", LAPSE)).when(review("rp", LAPSE)).expectNoEvents();
    }

    @Test
    void clearsWhatIsNoLongerFoundAndRaisesWhatIsNew() {
        fixture.given(raised("rp", LAPSE))
                .when(review("rp", REUSED))
                .expectEvents(
                        raised("rp", REUSED),
                        new CriticalQaFindingClearedEvent(PLAN, "p1", "rp", "f1", LAPSE.check(), LAPSE.subject()));
    }

    @Test
    void eachPeriodOfEachProjectHasFindingsOfItsOwn() {
        assertThat(review("rp-2019").findingsId())
                .isNotEqualTo(review("rp-2020").findingsId())
                .isNotEqualTo(new ReviewCriticalQaFindingsCommand("p2", "rp-2019", List.of()).findingsId())
                .isNotEqualTo(PLAN);
    }

    @Test
    void aFindingClearedAndFoundAgainIsRaisedAgain() {
        fixture.given(
                        raised("rp", LAPSE),
                        new CriticalQaFindingClearedEvent(PLAN, "p1", "rp", "f1", LAPSE.check(), LAPSE.subject()))
                .when(review("rp", LAPSE))
                .expectEvents(raised("rp", LAPSE));
    }
}
