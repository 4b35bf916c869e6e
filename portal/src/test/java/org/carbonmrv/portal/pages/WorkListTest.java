package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WorkListTest {

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
        List<JsonNode> pending = List.of(
                work("STALE", "2019", "r1", 1),
                work("FINDINGS_TO_ANSWER", "2019", "r1", 2),
                work("NO_REPORT", "2020", null, 1),
                work("CRITICAL_QA", "2019", "r1", 3),
                work("TO_REVIEW", "2019", "r1", 1));

        List<WorkList.Item> items = WorkList.of(pending);

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
    void aCriticalFindingOfAPeriodWithoutAReportLinksToTheProject() throws Exception {
        assertThat(WorkList.of(List.of(work("CRITICAL_QA", "2020", null, 1))))
                .extracting(WorkList.Item::link)
                .containsExactly("/projects/p1");
    }
}
