package org.carbonmrv.auditservice.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectStateFoldTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private long index;

    private void apply(ProjectStateFold fold, String event, String payload) throws Exception {
        index++;
        JsonNode json = JSON.readTree(payload);
        fold.apply(index, index - 1, Instant.parse("2020-04-01T00:00:00Z").plusSeconds(index), event, json);
    }

    @Test
    void aProjectsStatusVersionsAndOnlyItsOwnCreditsAreFoldedFromItsEvents() throws Exception {
        ProjectStateFold fold = new ProjectStateFold("p");
        apply(
                fold,
                "ProjectSubmittedEvent",
                "{\"projectId\":\"p\",\"name\":\"Linhai\",\"ownerOrganisation\":\"linhai-chem\","
                        + "\"methodologyId\":\"CM-010\",\"methodologyVersion\":\"V01\"}");
        apply(fold, "ProjectListedEvent", "{\"projectId\":\"p\"}");
        apply(
                fold,
                "ReductionsCalculatedEvent",
                "{\"reportId\":\"r\",\"reportingPeriodId\":\"2019\",\"version\":1,"
                        + "\"datasetDigest\":\"d1\",\"results\":{\"ER_y\":\"3999548\"}}");
        apply(fold, "FindingRaisedEvent", "{\"reportId\":\"r\"}");
        apply(
                fold,
                "ReductionsCalculatedEvent",
                "{\"reportId\":\"r\",\"reportingPeriodId\":\"2019\",\"version\":2,"
                        + "\"datasetDigest\":\"d2\",\"results\":{\"ER_y\":\"3999500\"}}");
        apply(fold, "FindingClosedEvent", "{\"reportId\":\"r\"}");
        apply(fold, "ReductionReportApprovedEvent", "{\"reportId\":\"r\",\"version\":2}");
        apply(
                fold,
                "CreditsIssuedEvent",
                "{\"projectId\":\"p\",\"serialStart\":1,\"serialEnd\":100,\"holdingAccountId\":\"holding:linhai\"}");
        // a transfer carrying 40 of this project's serials and 50 of another's
        apply(
                fold,
                "CreditsTransferredEvent",
                "{\"fromAccount\":\"holding:linhai\",\"toAccount\":\"holding:buyer\","
                        + "\"serials\":[{\"start\":61,\"end\":100},{\"start\":501,\"end\":550}],\"quantity\":90}");
        apply(
                fold,
                "CreditsRetiredEvent",
                "{\"account\":\"holding:buyer\",\"serials\":[{\"start\":91,\"end\":100}],\"quantity\":10}");

        ProjectState state = fold.state();
        assertThat(state.status()).isEqualTo("LISTED");
        assertThat(state.reports()).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo("APPROVED");
            assertThat(report.openFindings()).isZero();
            assertThat(report.versions())
                    .extracting(ProjectState.Version::status)
                    .containsExactly("CALCULATED", "APPROVED");
            assertThat(report.versions().get(1).results()).containsEntry("ER_y", "3999500");
        });
        assertThat(state.credits().issued()).isEqualTo(100);
        assertThat(state.credits().retired()).isEqualTo(10);
        assertThat(state.credits().liveByAccount()).isEqualTo(Map.of("holding:linhai", 60L, "holding:buyer", 30L));
        assertThat(state.asOf().events()).isEqualTo(10);
    }
}
