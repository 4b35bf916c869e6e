package org.carbonmrv.calculation.report;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.carbonmrv.api.calculation.ApproveReductionReportCommand;
import org.carbonmrv.api.calculation.CalculateReductionsCommand;
import org.carbonmrv.api.calculation.FindingKind;
import org.carbonmrv.api.calculation.FindingRaisedEvent;
import org.carbonmrv.api.calculation.MarkReportStaleCommand;
import org.carbonmrv.api.calculation.RaiseFindingCommand;
import org.carbonmrv.api.calculation.ReductionReportApprovedEvent;
import org.carbonmrv.api.calculation.ReductionReportMarkedStaleEvent;
import org.carbonmrv.api.calculation.ReductionsCalculatedEvent;
import org.carbonmrv.api.calculation.ReportSubmittedForVerificationEvent;
import org.carbonmrv.api.calculation.SubmitReportForVerificationCommand;
import org.carbonmrv.api.quantity.Quantity;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.platform.problem.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReductionReportTest {

    static final String DIGEST = "b".repeat(64);
    static final Map<String, String> RESULTS = Map.of("ER_y", "3999500");

    AggregateTestFixture<ReductionReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReductionReport.class);
    }

    static ReductionsCalculatedEvent calculated(int version) {
        return new ReductionsCalculatedEvent(
                "r1", "p1", "rp", "linhai-chem", 2019, version, "CM-010", "V01", DIGEST, RESULTS, List.of(), Map.of());
    }

    @Test
    void eachCalculationIsANewVersion() {
        fixture.given(calculated(1))
                .when(new CalculateReductionsCommand(
                        "r1", "p1", "rp", "linhai-chem", 2019, "CM-010", "V01", DIGEST, RESULTS, List.of()))
                .expectEvents(calculated(2));
    }

    @Test
    void theAssignedVerifierApprovesTheSubmittedVersionPinningItsDigest() {
        fixture.given(calculated(1), new ReportSubmittedForVerificationEvent("r1", "p1", 1, DIGEST))
                .when(new ApproveReductionReportCommand("r1", 1, "cqc", "cqc"))
                .expectEvents(new ReductionReportApprovedEvent(
                        "r1",
                        "p1",
                        "rp",
                        1,
                        DIGEST,
                        "CM-010",
                        "V01",
                        "linhai-chem",
                        "cqc",
                        2019,
                        new Quantity(new BigDecimal("3999500"), Unit.TONNE_CO2E),
                        null));
    }

    @Test
    void refusesAVerifierNotAssigned() {
        fixture.given(calculated(1), new ReportSubmittedForVerificationEvent("r1", "p1", 1, DIGEST))
                .when(new ApproveReductionReportCommand("r1", 1, "ceprei", "cqc"))
                .expectException(DomainException.class)
                .expectNoEvents();
    }

    @Test
    void refusesASecondApproval() {
        fixture.given(
                        calculated(1),
                        new ReportSubmittedForVerificationEvent("r1", "p1", 1, DIGEST),
                        new ReductionReportApprovedEvent(
                                "r1",
                                "p1",
                                "rp",
                                1,
                                DIGEST,
                                "CM-010",
                                "V01",
                                "linhai-chem",
                                "cqc",
                                2019,
                                new Quantity(new BigDecimal("3999500"), Unit.TONNE_CO2E),
                                null))
                .when(new ApproveReductionReportCommand("r1", 1, "cqc", "cqc"))
                .expectExceptionMessage("the report is already approved");
    }

    @Test
    void refusesApprovalOfAVersionNotSubmitted() {
        fixture.given(calculated(1))
                .when(new ApproveReductionReportCommand("r1", 1, "cqc", "cqc"))
                .expectException(DomainException.class);
    }

    static final FindingRaisedEvent NC = new FindingRaisedEvent(
            "r1",
            "p1",
            "f1",
            1,
            FindingKind.NON_CONFORMITY,
            "EF_CO2_FF",
            "LNG factor not chosen per the fossil-fuel tool",
            "cqc");

    @Test
    void approvalWaitsForEveryNonConformityToBeClosed() {
        fixture.given(calculated(1), new ReportSubmittedForVerificationEvent("r1", "p1", 1, DIGEST), NC)
                .when(new ApproveReductionReportCommand("r1", 1, "cqc", "cqc"))
                .expectExceptionMessage("1 non-conformity(ies) still open; close them before approving");
    }

    @Test
    void theOwnerRecalculatesAnswerToAFindingAndTheNewVersionSaysWhatChanged() {
        var version2 = new CalculateReductionsCommand(
                "r1",
                "p1",
                "rp",
                "linhai-chem",
                2019,
                "CM-010",
                "V01",
                DIGEST,
                Map.of("ER_y", "3999500", "PE_y", "866"),
                List.of());
        fixture.given(
                        new ReductionsCalculatedEvent(
                                "r1",
                                "p1",
                                "rp",
                                "linhai-chem",
                                2019,
                                1,
                                "CM-010",
                                "V01",
                                DIGEST,
                                Map.of("ER_y", "3999548", "PE_y", "818"),
                                List.of(),
                                Map.of()),
                        new ReportSubmittedForVerificationEvent("r1", "p1", 1, DIGEST),
                        NC)
                .when(version2)
                .expectEvents(new ReductionsCalculatedEvent(
                        "r1",
                        "p1",
                        "rp",
                        "linhai-chem",
                        2019,
                        2,
                        "CM-010",
                        "V01",
                        DIGEST,
                        Map.of("ER_y", "3999500", "PE_y", "866"),
                        List.of(),
                        Map.of(
                                "ER_y",
                                new ReductionsCalculatedEvent.FigureChange("3999548", "3999500"),
                                "PE_y",
                                new ReductionsCalculatedEvent.FigureChange("818", "866"))));
    }

    @Test
    void figuresThatAreFlagsChangeByTheirText() {
        assertThat(ReductionReport.changes(
                        Map.of("ER_y", "100", "bypass_substitute_cap_exceeded", "false"),
                        Map.of("ER_y", "100.0", "bypass_substitute_cap_exceeded", "true")))
                .containsOnlyKeys("bypass_substitute_cap_exceeded");
    }

    @Test
    void aStaleReportIsNotSubmittedUntilRecalculated() {
        fixture.given(calculated(1), new ReductionReportMarkedStaleEvent("r1", "p1", 1, "reading 7 corrected"))
                .when(new SubmitReportForVerificationCommand("r1", 1))
                .expectExceptionMessage("the monitored data changed after version 1 was calculated; recalculate first");
    }

    @Test
    void onlyTheAssignedVerifierRaisesFindings() {
        fixture.given(calculated(1), new ReportSubmittedForVerificationEvent("r1", "p1", 1, DIGEST))
                .when(new RaiseFindingCommand("r1", "f1", FindingKind.CLARIFICATION, "D_f", "why 21?", "ceprei", "cqc"))
                .expectException(DomainException.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionAfterApprovalIsANewVersionWhoseApprovalSupersedesTheApprovedOne() {
        var approved = new ReductionReportApprovedEvent(
                "r1",
                "p1",
                "rp",
                1,
                DIGEST,
                "CM-010",
                "V01",
                "linhai-chem",
                "cqc",
                2019,
                new Quantity(new BigDecimal("3999500"), Unit.TONNE_CO2E),
                null);
        var corrected = new ReductionsCalculatedEvent(
                "r1",
                "p1",
                "rp",
                "linhai-chem",
                2019,
                2,
                "CM-010",
                "V01",
                DIGEST,
                Map.of("ER_y", "3999000"),
                List.of(),
                Map.of("ER_y", new ReductionsCalculatedEvent.FigureChange("3999500", "3999000")));
        fixture.given(
                        calculated(1),
                        new ReportSubmittedForVerificationEvent("r1", "p1", 1, DIGEST),
                        approved,
                        corrected,
                        new ReportSubmittedForVerificationEvent("r1", "p1", 2, DIGEST))
                .when(new ApproveReductionReportCommand("r1", 2, "cqc", "cqc"))
                .expectEvents(new ReductionReportApprovedEvent(
                        "r1",
                        "p1",
                        "rp",
                        2,
                        DIGEST,
                        "CM-010",
                        "V01",
                        "linhai-chem",
                        "cqc",
                        2019,
                        new Quantity(new BigDecimal("3999000"), Unit.TONNE_CO2E),
                        1));
    }

    @Test
    void anApprovedReportIsNeverMarkedStale() {
        fixture.given(
                        calculated(1),
                        new ReportSubmittedForVerificationEvent("r1", "p1", 1, DIGEST),
                        new ReductionReportApprovedEvent(
                                "r1",
                                "p1",
                                "rp",
                                1,
                                DIGEST,
                                "CM-010",
                                "V01",
                                "linhai-chem",
                                "cqc",
                                2019,
                                new Quantity(new BigDecimal("3999500"), Unit.TONNE_CO2E),
                                null))
                .when(new MarkReportStaleCommand("r1", "late correction"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesToSubmitASupersededVersion() {
        fixture.given(calculated(1), calculated(2))
                .when(new SubmitReportForVerificationCommand("r1", 1))
                .expectExceptionMessage("version 1 is superseded by version 2");
    }
}
