package org.carbonmrv.calculation.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.carbonmrv.api.calculation.ApproveReductionReportCommand;
import org.carbonmrv.api.calculation.CalculateReductionsCommand;
import org.carbonmrv.api.calculation.ReductionReportApprovedEvent;
import org.carbonmrv.api.calculation.ReductionsCalculatedEvent;
import org.carbonmrv.api.calculation.ReportSubmittedForVerificationEvent;
import org.carbonmrv.api.calculation.SubmitReportForVerificationCommand;
import org.carbonmrv.api.quantity.Quantity;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.platform.problem.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class ReductionReportTest {

    static final String DIGEST = "b".repeat(64);
    static final Map<String, String> RESULTS = Map.of("ER_y", "3999500");
    static final com.fasterxml.jackson.databind.JsonNode DATASET = JsonNodeFactory.instance.objectNode().put("k", "v");

    AggregateTestFixture<ReductionReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReductionReport.class);
    }

    static ReductionsCalculatedEvent calculated(int version) {
        return new ReductionsCalculatedEvent("r1", "p1", "rp", "linhai-chem", 2019, version, "CM-010", "V01", DATASET,
                DIGEST, RESULTS, List.of());
    }

    @Test
    void eachCalculationIsANewVersion() {
        fixture.given(calculated(1))
                .when(new CalculateReductionsCommand("r1", "p1", "rp", "linhai-chem", 2019, "CM-010", "V01", DATASET,
                        DIGEST, RESULTS, List.of()))
                .expectEvents(calculated(2));
    }

    @Test
    void theAssignedVerifierApprovesTheSubmittedVersionPinningItsDigest() {
        fixture.given(calculated(1), new ReportSubmittedForVerificationEvent("r1", "p1", 1, DIGEST))
                .when(new ApproveReductionReportCommand("r1", 1, "cqc", "cqc"))
                .expectEvents(new ReductionReportApprovedEvent("r1", "p1", "rp", 1, DIGEST, "CM-010", "V01",
                        "linhai-chem", "cqc", 2019, new Quantity(new java.math.BigDecimal("3999500"), Unit.TONNE_CO2E)));
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
        fixture.given(calculated(1), new ReportSubmittedForVerificationEvent("r1", "p1", 1, DIGEST),
                        new ReductionReportApprovedEvent("r1", "p1", "rp", 1, DIGEST, "CM-010", "V01", "linhai-chem", "cqc",
                                2019, new Quantity(new java.math.BigDecimal("3999500"), Unit.TONNE_CO2E)))
                .when(new ApproveReductionReportCommand("r1", 1, "cqc", "cqc"))
                .expectExceptionMessage("the report is already approved");
    }

    @Test
    void refusesApprovalOfAVersionNotSubmitted() {
        fixture.given(calculated(1))
                .when(new ApproveReductionReportCommand("r1", 1, "cqc", "cqc"))
                .expectException(DomainException.class);
    }

    @Test
    void refusesToSubmitASupersededVersion() {
        fixture.given(calculated(1), calculated(2))
                .when(new SubmitReportForVerificationCommand("r1", 1))
                .expectExceptionMessage("version 1 is superseded by version 2");
    }
}
