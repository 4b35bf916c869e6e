package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.api.project.ProjectStatus;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.portal.security.SignedIn;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WorkListTest {

    static final ReportingPeriodView Y2019 =
            new ReportingPeriodView("rp-2019", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "cqc");
    static final ReportingPeriodView Y2020 =
            new ReportingPeriodView("rp-2020", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), null);

    static ProjectView linhai() {
        return project(List.of(Y2019, Y2020));
    }

    static JsonNode report(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    static JsonNode work(String kind, String period, String report, int count) throws Exception {
        return report(("{\"kind\":\"%s\",\"projectId\":\"p1\",\"projectName\":\"Linhai HFC-23\","
                        + "\"reportingPeriodId\":\"%s\",\"periodStart\":\"%s-01-01\",\"periodEnd\":\"%s-12-31\","
                        + "\"reportId\":%s,\"count\":%d}")
                .formatted(kind, period, period, period, report == null ? "null" : "\"" + report + "\"", count));
    }

    @Test
    void theOwnerIsToldFirstOfCriticalChecksThenOfTheWorkTheHistoryKeepsOldestFirst() throws Exception {
        SignedIn owner = new SignedIn("linhai-owner", "linhai-owner", "linhai-chem", List.of("project-owner"));
        JsonNode r1 = report("{\"id\":\"r1\",\"reportingPeriodId\":\"rp-2019\",\"status\":\"SUBMITTED\"}");
        List<JsonNode> pending = List.of(
                work("STALE", "2019", "r1", 1),
                work("FINDINGS_TO_ANSWER", "2019", "r1", 2),
                work("NO_REPORT", "2020", null, 1),
                work("TO_REVIEW", "2019", "r1", 1));

        List<WorkList.Item> items = WorkList.of(
                pending,
                WorkList.criticalQa(owner, List.of(linhai()), Map.of("p1", List.of(r1)), Map.of("rp-2019", 3L)));

        assertThat(items)
                .extracting(WorkList.Item::kind, WorkList.Item::link, WorkList.Item::count)
                .containsExactly(
                        tuple(WorkList.Kind.CRITICAL_QA, "/reports/r1", 3),
                        tuple(WorkList.Kind.STALE, "/reports/r1", 0),
                        tuple(WorkList.Kind.FINDINGS_TO_ANSWER, "/reports/r1", 2),
                        tuple(WorkList.Kind.NO_REPORT, "/projects/p1", 0));
        assertThat(items.get(3).period()).isEqualTo("2020-01-01 – 2020-12-31");
    }

    @Test
    void anotherOrganisationsOwnerIsNotToldOfItsCriticalChecks() {
        SignedIn other = new SignedIn("juhua-owner", "juhua-owner", "juhua-chem", List.of("project-owner"));

        assertThat(WorkList.criticalQa(other, List.of(linhai()), Map.of(), Map.of("rp-2020", 3L)))
                .isEmpty();
    }

    private static ProjectView project(List<ReportingPeriodView> periods) {
        return new ProjectView(
                "p1",
                "Linhai HFC-23",
                "CM-010",
                "V01",
                "linhai-chem",
                ProjectStatus.REGISTERED,
                null,
                "Asia/Shanghai",
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2025, 12, 31),
                periods,
                null,
                1);
    }
}
