package org.carbonmrv.project.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.carbonmrv.api.calculation.ReductionReportApprovedEvent;
import org.carbonmrv.api.quantity.Quantity;
import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.platform.testsupport.PostgresIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carbonmrv.platform.testsupport.Tokens.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ProjectIT extends PostgresIntegrationTest {

    static final RequestPostProcessor OWNER = user("linhai-owner", "linhai-chem", "project-owner");
    static final RequestPostProcessor OTHER_OWNER = user("juhua-owner", "juhua-chem", "project-owner");
    static final RequestPostProcessor REGISTRY = user("registry-admin", "mrv-registry", "registry-admin");
    static final RequestPostProcessor VERIFIER = user("cqc-verifier", "cqc", "verifier");

    static final String PROJECT = """
            {"name": "Linhai HFC-23 destruction", "methodologyId": "CM-010", "methodologyVersion": "V01",
             "facility": {"productionLines": [{"id": "A", "capacityTonnesPerYear": 7500}],
                          "destructionUnits": [{"id": "furnace-1", "label": "1#炉"}]},
             "timeZone": "Asia/Shanghai", "creditingPeriodStart": "2019-01-01", "creditingPeriodEnd": "2025-12-31",
             "location": {"country": "CN", "subdivision": "CN-ZJ"}}""";

    @Autowired
    MockMvc http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    String submitAndList() throws Exception {
        String body = http.perform(post("/api/projects")
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PROJECT))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(body).get("id").asText();
        http.perform(post("/api/projects/{id}/listing", id).with(REGISTRY)).andExpect(status().isNoContent());
        return id;
    }

    String openPeriod(String projectId) throws Exception {
        String body = http.perform(post("/api/projects/{id}/reporting-periods", projectId)
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": \"2019-01-01\", \"end\": \"2019-12-31\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("id").asText();
    }

    @Test
    void anOwnerSubmitsTheRegistryListsAndThePublicSeesIt() throws Exception {
        String id = submitAndList();
        http.perform(get("/api/projects/{id}", id).with(OWNER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LISTED"))
                .andExpect(jsonPath("$.ownerOrganisation").value("linhai-chem"));
        http.perform(get("/api/projects/public"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].name").value("Linhai HFC-23 destruction"));
    }

    @Test
    void storesEveryChangeAsAnEventWithWhoDidIt() throws Exception {
        String id = submitAndList();
        JsonNode metadata = json.readTree(jdbc.queryForObject(
                "SELECT meta_data::text FROM eventstore.event_history WHERE aggregate_identifier = ? AND sequence_number = 1",
                String.class,
                id));
        assertThat(metadata.get("actor").asText()).isEqualTo("registry-admin");
        assertThat(metadata.get("organisation").asText()).isEqualTo("mrv-registry");
        assertThat(metadata.get("projectId").asText()).isEqualTo(id);
        assertThat(metadata.get("roles").toString()).contains("registry-admin");
        assertThat(metadata.get("correlationId").asText()).isNotBlank();
        assertThat(metadata.get("causationId").asText()).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "SELECT payload->>'ownerOrganisation' FROM eventstore.event_history "
                                + "WHERE aggregate_identifier = ? AND sequence_number = 0",
                        String.class,
                        id))
                .isEqualTo("linhai-chem");
    }

    static final String AMENDMENT = """
            {"expectedVersion": 1, "name": "Linhai HFC-23 destruction, two furnaces",
             "facility": {"productionLines": [{"id": "A", "capacityTonnesPerYear": 7500}],
                          "destructionUnits": [{"id": "furnace-1", "label": "1#炉"}, {"id": "furnace-2", "label": "2#炉"}]},
             "reason": "a second furnace was commissioned in March"}""";

    @Test
    void theOwnerAmendsTheProjectAndTheHistoryShowsWhoDidWhat() throws Exception {
        String id = submitAndList();
        http.perform(post("/api/projects/{id}/amendments", id)
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(AMENDMENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.name").value("Linhai HFC-23 destruction, two furnaces"))
                .andExpect(jsonPath("$.facility.destructionUnits[1].id").value("furnace-2"));
        // the same amendment again was made to version 1, which is gone
        http.perform(post("/api/projects/{id}/amendments", id)
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(AMENDMENT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://carbon-mrv.org/problems/project-version-stale"));
        http.perform(post("/api/projects/{id}/amendments", id)
                        .with(OTHER_OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(AMENDMENT.replace("\"expectedVersion\": 1", "\"expectedVersion\": 2")))
                .andExpect(status().isNotFound());
        http.perform(post("/api/projects/{id}/amendments", id)
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(AMENDMENT.replace(
                                "\"reason\": \"a second furnace was commissioned in March\"", "\"reason\": \"\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        http.perform(get("/api/projects/{id}/history", id).with(REGISTRY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].event").value("ProjectSubmitted"))
                .andExpect(jsonPath("$.items[0].actor").value("linhai-owner"))
                .andExpect(jsonPath("$.items[1].event").value("ProjectListed"))
                .andExpect(jsonPath("$.items[1].organisation").value("mrv-registry"))
                .andExpect(jsonPath("$.items[1].roles[0]").value("registry-admin"))
                .andExpect(jsonPath("$.items[2].event").value("ProjectAmended"))
                .andExpect(jsonPath("$.items[2].summary")
                        .value("amended to version 2 (\"Linhai HFC-23 destruction, two furnaces\"):"
                                + " a second furnace was commissioned in March"));
        http.perform(get("/api/projects/{id}/history", id).with(OTHER_OWNER)).andExpect(status().isNotFound());
    }

    @Test
    void theRegistryTerminatesAProjectWithAReasonAndNoPeriodOpensAfter() throws Exception {
        String id = submitAndList();
        http.perform(post("/api/projects/{id}/termination", id)
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        http.perform(post("/api/projects/{id}/termination", id)
                        .with(REGISTRY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"the plant closed its HFC-22 line\"}"))
                .andExpect(status().isNoContent());
        http.perform(get("/api/projects/{id}", id).with(OWNER))
                .andExpect(jsonPath("$.status").value("TERMINATED"));
        http.perform(post("/api/projects/{id}/reporting-periods", id)
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": \"2019-01-01\", \"end\": \"2019-12-31\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://carbon-mrv.org/problems/project-not-listed"));
        http.perform(post("/api/projects/{id}/termination", id)
                        .with(REGISTRY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"again\"}"))
                .andExpect(status().isConflict());
        http.perform(get("/api/projects/public"))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].status").value("TERMINATED"));
        http.perform(get("/api/projects/{id}/history", id).with(OWNER))
                .andExpect(jsonPath("$.items[2].summary")
                        .value("terminated by the registry: the plant closed its HFC-22 line"));
    }

    @Test
    void aVerifierSeesTheHistoryOfItsOwnPeriodsOnly() throws Exception {
        String id = submitAndList();
        String period = openPeriod(id);
        http.perform(post("/api/projects/{id}/reporting-periods/{p}/verifier", id, period)
                        .with(REGISTRY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verifierOrganisation\": \"cqc\"}"))
                .andExpect(status().isNoContent());
        http.perform(post("/api/projects/{id}/reporting-periods", id)
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": \"2020-01-01\", \"end\": \"2020-12-31\"}"))
                .andExpect(status().isCreated());
        http.perform(get("/api/projects/{id}/history", id).with(OWNER))
                .andExpect(jsonPath("$.total").value(5));
        http.perform(get("/api/projects/{id}/history", id).with(VERIFIER))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[?(@.summary =~ /.*2020-01-01.*/)]").isEmpty());
    }

    @Test
    void anotherOrganisationCannotSeeOrChangeTheProject() throws Exception {
        String id = submitAndList();
        http.perform(get("/api/projects/{id}", id).with(OTHER_OWNER)).andExpect(status().isNotFound());
        http.perform(post("/api/projects/{id}/reporting-periods", id)
                        .with(OTHER_OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": \"2019-01-01\", \"end\": \"2019-12-31\"}"))
                .andExpect(status().isNotFound());
        http.perform(get("/api/projects").with(OTHER_OWNER))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isEmpty());
    }

    @Test
    void refusesVerifierFromOwnerOrganisationAndLetsTheAssignedVerifierRead() throws Exception {
        String id = submitAndList();
        String period = openPeriod(id);
        http.perform(get("/api/projects/{id}", id).with(VERIFIER)).andExpect(status().isNotFound());
        http.perform(post("/api/projects/{id}/reporting-periods/{p}/verifier", id, period)
                        .with(REGISTRY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verifierOrganisation\": \"linhai-chem\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://carbon-mrv.org/problems/verifier-conflict-of-interest"))
                .andExpect(jsonPath("$.errors[0].field").value("verifierOrganisation"));
        http.perform(post("/api/projects/{id}/reporting-periods/{p}/verifier", id, period)
                        .with(REGISTRY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verifierOrganisation\": \"cqc\"}"))
                .andExpect(status().isNoContent());
        http.perform(get("/api/projects/{id}", id).with(VERIFIER))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.reportingPeriods[0].verifierOrganisation").value("cqc"));
    }

    @Test
    void answersBadInputWithProblemDetailsNamingTheField() throws Exception {
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PROJECT.replace("Asia/Shanghai", "Mars/Olympus")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PROJECT.replace("\"V01\"", "\"V99\"")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("methodologyVersion"));
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PROJECT.replace("\"CN-ZJ\"", "\"VN-44\"")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("location.subdivision"));
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PROJECT.replace("\"CN-ZJ\"", "\"Zhejiang\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("location.subdivision"));
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PROJECT.replace("\"V01\"", "\"V01-AR5\"")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://carbon-mrv.org/problems/methodology-not-creditable"))
                .andExpect(jsonPath("$.errors[0].rule").value(Matchers.containsString("SENSITIVITY")));
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PROJECT.replace("\"name\": \"Linhai HFC-23 destruction\",", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest());
        http.perform(post("/api/projects")
                        .with(VERIFIER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PROJECT))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstAnswerAndStoresNothingNew() throws Exception {
        int before = jdbc.queryForObject("SELECT count(*) FROM projects", Integer.class);
        String first = http.perform(post("/api/projects")
                        .with(OWNER)
                        .header("Idempotency-Key", "k-42")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PROJECT))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String again = http.perform(post("/api/projects")
                        .with(OWNER)
                        .header("Idempotency-Key", "k-42")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PROJECT))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projects", Integer.class))
                .isEqualTo(before + 1);
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .header("Idempotency-Key", "k-42")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PROJECT.replace("Linhai", "Other")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void aKeyIsHonouredOrRefusedNeverIgnored() throws Exception {
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .header("Idempotency-Key", "k".repeat(256))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PROJECT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("idempotency-key-invalid"));
        String huge = PROJECT.replace("Linhai HFC-23 destruction", "x".repeat(16 * 1024 * 1024));
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .header("Idempotency-Key", "k-huge")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void requestsWithOneKeyAtTheSameMomentStoreOneProjectAndAllGetItsAnswer() throws Exception {
        int before = jdbc.queryForObject("SELECT count(*) FROM projects", Integer.class);
        String key = "k-" + UUID.randomUUID();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(threads.submit(() -> {
                    var answer = http.perform(post("/api/projects")
                                    .with(OWNER)
                                    .header("Idempotency-Key", key)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(PROJECT))
                            .andReturn()
                            .getResponse();
                    return answer.getStatus() + " " + answer.getContentAsString();
                }));
            }
            Set<String> distinct = new HashSet<>();
            for (var answer : answers) {
                distinct.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(distinct).singleElement().asString().startsWith("201 ");
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projects", Integer.class))
                .isEqualTo(before + 1);
    }

    @Test
    void aPageBeyondTheLargestNamesTheParameterAndItsRule() throws Exception {
        http.perform(get("/api/projects?size=5000").with(OWNER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].value").value("5000"))
                .andExpect(jsonPath("$.errors[0].rule").value(Matchers.containsString("200")));
    }

    @Test
    void requiresATokenExceptForThePublicListing() throws Exception {
        http.perform(get("/api/projects")).andExpect(status().isUnauthorized());
        http.perform(get("/api/projects/public")).andExpect(status().isOk());
        http.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void controlCharactersAreRefusedAtTheEdgeAndNothingIsStored() throws Exception {
        long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM eventstore.domain_event_entry", Long.class);
        String withNul = PROJECT.replace("Linhai HFC-23 destruction", "Linhai\\u0000HFC-23");
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withNul))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].rule").value(Matchers.containsString("control characters")));
        String bellInALabel = PROJECT.replace("1#炉", "1#\\u0007炉");
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bellInALabel))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("facility.destructionUnits[0].label"));
        String longLabel = PROJECT.replace("1#炉", "炉".repeat(201));
        http.perform(post("/api/projects")
                        .with(OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(longLabel))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM eventstore.domain_event_entry", Long.class))
                .isEqualTo(eventsBefore);
    }

    @Test
    void onlyAnAccreditedVerifierIsAssignedAndItSeesOnlyItsPeriods() throws Exception {
        String id = submitAndList();
        String first = openPeriod(id);
        String second = json.readTree(http.perform(post("/api/projects/{id}/reporting-periods", id)
                                .with(OWNER)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"start\": \"2020-01-01\", \"end\": \"2020-12-31\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asText();
        for (String notAVerifier : new String[] {"no-such-org", "juhua-chem"}) {
            http.perform(post("/api/projects/{id}/reporting-periods/{p}/verifier", id, first)
                            .with(REGISTRY)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"verifierOrganisation\": \"" + notAVerifier + "\"}"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.code").value("verifier-not-accredited"));
        }
        http.perform(post("/api/projects/{id}/reporting-periods/{p}/verifier", id, second)
                        .with(REGISTRY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verifierOrganisation\": \"cqc\"}"))
                .andExpect(status().isNoContent());

        http.perform(get("/api/projects/{id}", id).with(VERIFIER))
                .andExpect(jsonPath("$.reportingPeriods.length()").value(1))
                .andExpect(jsonPath("$.reportingPeriods[0].id").value(second));
        http.perform(get("/api/projects").with(VERIFIER))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].reportingPeriods[*].id")
                        .value(second));
        http.perform(get("/api/projects/{id}", id).with(OWNER))
                .andExpect(jsonPath("$.reportingPeriods.length()").value(2));
        assertThat(first).isNotEqualTo(second);
    }

    @Autowired
    EventGateway events;

    @Test
    void noOtherVerifierIsAssignedOnceThePeriodIsApproved() throws Exception {
        String id = submitAndList();
        String period = openPeriod(id);
        http.perform(post("/api/projects/{id}/reporting-periods/{p}/verifier", id, period)
                        .with(REGISTRY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verifierOrganisation\": \"cqc\"}"))
                .andExpect(status().isNoContent());
        events.publish(new ReductionReportApprovedEvent(
                "r-" + id,
                id,
                period,
                1,
                "d".repeat(64),
                "CM-010",
                "V01",
                "linhai-chem",
                "cqc",
                2019,
                new Quantity(BigDecimal.TEN, Unit.TONNE_CO2E),
                null));
        await("the approval reaches the project-service")
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM approved_periods WHERE project_id = ?", Integer.class, id)
                        > 0);
        http.perform(post("/api/projects/{id}/reporting-periods/{p}/verifier", id, period)
                        .with(REGISTRY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verifierOrganisation\": \"ceprei\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("verifier-assignment-closed"));
        await("the first approval registers the project")
                .atMost(Duration.ofSeconds(30))
                .until(() -> "REGISTERED"
                        .equals(jdbc.queryForObject("SELECT status FROM projects WHERE id = ?", String.class, id)));
    }

    static final RequestPostProcessor OPERATOR = user("platform-operator", "mrv-operations", "platform-operator");

    @Test
    void aPoisonEventIsParkedVisibleAndRetryableWhileTheOthersGoOn() throws Exception {
        String poisoned = "p".repeat(100); // longer than any project id column: its row cannot be written
        String healthy = submitAndList();
        String period = openPeriod(healthy);
        events.publish(approval(poisoned, "rp-1"));
        events.publish(approval(healthy, period));
        await("the event after the poison one is handled")
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM approved_periods WHERE project_id = ?", Integer.class, healthy)
                        > 0);
        http.perform(get("/api/projects/operations/dead-letters").with(OWNER)).andExpect(status().isForbidden());
        http.perform(get("/api/projects/operations/dead-letters").with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.processingGroup == 'verification-outcomes')].eventType")
                        .value(Matchers.hasItem("org.carbonmrv.api.calculation.ReductionReportApprovedEvent")))
                .andExpect(jsonPath("$[?(@.processingGroup == 'verification-outcomes')].causeMessage")
                        // the approval of a project this service does not hold fails wherever it is handled first
                        .value(Matchers.hasItem(Matchers.anyOf(
                                Matchers.containsString("too long"),
                                Matchers.containsString("aggregate was not found")))));
        http.perform(post("/api/projects/operations/dead-letters/{group}/retry", "verification-outcomes")
                        .with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.handled").value(0))
                .andExpect(jsonPath("$.stillDead").value(1));
    }

    private static ReductionReportApprovedEvent approval(String projectId, String periodId) {
        return new ReductionReportApprovedEvent(
                "r-" + periodId,
                projectId,
                periodId,
                1,
                "d".repeat(64),
                "CM-010",
                "V01",
                "linhai-chem",
                "cqc",
                2019,
                new Quantity(BigDecimal.TEN, Unit.TONNE_CO2E),
                null);
    }
}
