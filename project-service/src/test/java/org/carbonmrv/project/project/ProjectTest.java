package org.carbonmrv.project.project;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.carbonmrv.api.project.AmendProjectCommand;
import org.carbonmrv.api.project.AssignVerifierCommand;
import org.carbonmrv.api.project.DestructionUnit;
import org.carbonmrv.api.project.Facility;
import org.carbonmrv.api.project.ListProjectCommand;
import org.carbonmrv.api.project.Location;
import org.carbonmrv.api.project.OpenReportingPeriodCommand;
import org.carbonmrv.api.project.ProductionLine;
import org.carbonmrv.api.project.ProjectAmendedEvent;
import org.carbonmrv.api.project.ProjectCompletedEvent;
import org.carbonmrv.api.project.ProjectListedEvent;
import org.carbonmrv.api.project.ProjectRegisteredEvent;
import org.carbonmrv.api.project.ProjectSubmittedEvent;
import org.carbonmrv.api.project.ProjectTerminatedEvent;
import org.carbonmrv.api.project.RecordReportApprovalCommand;
import org.carbonmrv.api.project.ReportingPeriodOpenedEvent;
import org.carbonmrv.api.project.SubmitProjectCommand;
import org.carbonmrv.api.project.TerminateProjectCommand;
import org.carbonmrv.api.project.VerifierAssignedEvent;
import org.carbonmrv.platform.problem.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

class ProjectTest {

    static final Facility LINHAI = new Facility(
            List.of(new ProductionLine("A", new BigDecimal("7500"))), List.of(new DestructionUnit("furnace-1", "1#炉")));
    static final ProjectSubmittedEvent SUBMITTED = new ProjectSubmittedEvent(
            "p1",
            "Linhai HFC-23",
            "CM-010",
            "V01",
            "linhai-chem",
            LINHAI,
            "Asia/Shanghai",
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2025, 12, 31),
            new Location("CN", "CN-ZJ"));
    static final ReportingPeriodOpenedEvent Y2019 =
            new ReportingPeriodOpenedEvent("p1", "rp-2019", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));

    AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    @Test
    void anOwnerSubmitsAProject() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProjectCommand(
                        "p1",
                        "Linhai HFC-23",
                        "CM-010",
                        "V01",
                        "linhai-chem",
                        LINHAI,
                        "Asia/Shanghai",
                        LocalDate.of(2019, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        new Location("CN", "CN-ZJ")))
                .expectEvents(SUBMITTED);
    }

    @Test
    void refusesACreditingPeriodThatEndsBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProjectCommand(
                        "p1",
                        "x",
                        "CM-010",
                        "V01",
                        "linhai-chem",
                        LINHAI,
                        "Asia/Shanghai",
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2019, 1, 1),
                        new Location("CN", "CN-ZJ")))
                .expectException(DomainException.class);
    }

    @Test
    void refusesAReportingPeriodBeforeListing() {
        fixture.given(SUBMITTED)
                .when(new OpenReportingPeriodCommand("p1", "rp", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))
                .expectException(DomainException.class)
                .expectNoEvents();
    }

    @Test
    void opensContiguousReportingPeriodsOfAtMostTwelveMonths() {
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"), Y2019)
                .when(new OpenReportingPeriodCommand(
                        "p1", "rp-2020", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
                .expectEvents(new ReportingPeriodOpenedEvent(
                        "p1", "rp-2020", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
    }

    @Test
    void refusesAGapBetweenReportingPeriods() {
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"), Y2019)
                .when(new OpenReportingPeriodCommand("p1", "rp", LocalDate.of(2020, 2, 1), LocalDate.of(2020, 12, 31)))
                .expectExceptionMessage("reporting periods are contiguous: the next one starts on 2020-01-01");
    }

    @Test
    void refusesAReportingPeriodLongerThanTwelveMonths() {
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"))
                .when(new OpenReportingPeriodCommand("p1", "rp", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1)))
                .expectExceptionMessage("a reporting period lasts at most 12 months");
    }

    @Test
    void refusesAReportingPeriodOutsideTheCreditingPeriod() {
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"))
                .when(new OpenReportingPeriodCommand("p1", "rp", LocalDate.of(2018, 6, 1), LocalDate.of(2019, 5, 31)))
                .expectException(DomainException.class);
    }

    @Test
    void theFirstApprovalRegistersAListedProjectAndLaterOnesChangeNothing() {
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"), Y2019)
                .when(new RecordReportApprovalCommand("p1", "rp-2019", "r1", 1))
                .expectEvents(new ProjectRegisteredEvent("p1", "r1", 1));
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"), Y2019, new ProjectRegisteredEvent("p1", "r1", 1))
                .when(new RecordReportApprovalCommand("p1", "rp-2019", "r1", 2))
                .expectNoEvents();
    }

    static final ReportingPeriodOpenedEvent Y2025 =
            new ReportingPeriodOpenedEvent("p1", "rp-2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Test
    void theApprovalOfThePeriodThatEndsTheCreditingPeriodCompletesTheProject() {
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"), Y2019, new ProjectRegisteredEvent("p1", "r1", 1), Y2025)
                .when(new RecordReportApprovalCommand("p1", "rp-2025", "r7", 1))
                .expectEvents(new ProjectCompletedEvent("p1", "rp-2025", "r7", 1, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aFirstApprovalOfTheLastPeriodRegistersAndCompletesAtOnce() {
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"), Y2025)
                .when(new RecordReportApprovalCommand("p1", "rp-2025", "r7", 1))
                .expectEvents(
                        new ProjectRegisteredEvent("p1", "r7", 1),
                        new ProjectCompletedEvent("p1", "rp-2025", "r7", 1, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aCompletedProjectOpensNoPeriodAndIsNotAmended() {
        var completed = new Object[] {
            SUBMITTED,
            new ProjectListedEvent("p1"),
            Y2025,
            new ProjectRegisteredEvent("p1", "r7", 1),
            new ProjectCompletedEvent("p1", "rp-2025", "r7", 1, LocalDate.of(2025, 12, 31))
        };
        fixture.given(completed)
                .when(new OpenReportingPeriodCommand("p1", "rp", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))
                .expectException(DomainException.class)
                .expectNoEvents();
        fixture.given(completed)
                .when(new AmendProjectCommand("p1", 1, "Linhai", LINHAI, "typo"))
                .expectExceptionMessage(
                        "only a submitted, listed or registered project can be amended (status is COMPLETED)");
    }

    static final Facility TWO_FURNACES = new Facility(
            List.of(new ProductionLine("A", new BigDecimal("7500"))),
            List.of(new DestructionUnit("furnace-1", "1#炉"), new DestructionUnit("furnace-2", "2#炉")));

    @Test
    void anAmendmentIsTheNextVersionWithItsReason() {
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"))
                .when(new AmendProjectCommand("p1", 1, "Linhai HFC-23 destruction", TWO_FURNACES, "second furnace"))
                .expectEvents(
                        new ProjectAmendedEvent("p1", 2, "Linhai HFC-23 destruction", TWO_FURNACES, "second furnace"));
    }

    @Test
    void anAmendmentOfAnOlderVersionIsRefused() {
        fixture.given(
                        SUBMITTED,
                        new ProjectAmendedEvent("p1", 2, "Linhai HFC-23 destruction", TWO_FURNACES, "second furnace"))
                .when(new AmendProjectCommand("p1", 1, "Linhai", LINHAI, "typo"))
                .expectExceptionMessage(
                        "the amendment was made to version 1, the project is at version 2: read it again and amend that")
                .expectNoEvents();
    }

    @Test
    void anAmendmentKeepsTheFacilityComplete() {
        fixture.given(SUBMITTED)
                .when(new AmendProjectCommand(
                        "p1", 1, "Linhai", new Facility(List.of(), LINHAI.destructionUnits()), "no lines"))
                .expectExceptionMessage("a facility needs at least one production line and one destruction unit");
    }

    @Test
    void theRegistryTerminatesAListedProjectAndNoPeriodOpensAfter() {
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"))
                .when(new TerminateProjectCommand("p1", "the plant closed"))
                .expectEvents(new ProjectTerminatedEvent("p1", "the plant closed"));
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"), new ProjectTerminatedEvent("p1", "the plant closed"))
                .when(new OpenReportingPeriodCommand("p1", "rp", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))
                .expectExceptionMessage(
                        "reporting periods open only on listed or registered projects; this one is TERMINATED");
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"), new ProjectTerminatedEvent("p1", "the plant closed"))
                .when(new RecordReportApprovalCommand("p1", "rp-2019", "r1", 1))
                .expectNoEvents();
    }

    @Test
    void aSubmittedProjectIsRejectedNotTerminated() {
        fixture.given(SUBMITTED)
                .when(new TerminateProjectCommand("p1", "x"))
                .expectExceptionMessage("only a listed or registered project can be terminated (status is SUBMITTED)");
    }

    @Test
    void refusesVerifierFromOwnerOrganisation() {
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"), Y2019)
                .when(new AssignVerifierCommand("p1", "rp-2019", "linhai-chem"))
                .expectExceptionMessage("the verifier's organisation cannot be the project owner's organisation");
    }

    @Test
    void assignsAnIndependentVerifier() {
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"), Y2019)
                .when(new AssignVerifierCommand("p1", "rp-2019", "cqc"))
                .expectEvents(new VerifierAssignedEvent("p1", "rp-2019", "cqc"));
    }

    @Test
    void listsOnlyOnce() {
        fixture.given(SUBMITTED, new ProjectListedEvent("p1"))
                .when(new ListProjectCommand("p1"))
                .expectException(DomainException.class);
    }
}
