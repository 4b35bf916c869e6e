package org.carbonmrv.auditservice.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.carbonmrv.audit.seal.Sealer;
import org.carbonmrv.auditservice.TestSealing;
import org.carbonmrv.platform.security.Role;
import org.carbonmrv.platform.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carbonmrv.platform.testsupport.Tokens.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pending work kept from a project's story in the real event store, as each kind of caller
 * sees it through the API, the e-mail it sends through a real SMTP server (GreenMail), and the
 * same work again after the projection is rebuilt from the history alone.
 */
@SpringBootTest(
        properties = {
            "mrv.audit.seal-interval=1h",
            "mrv.notifications.interval=1h",
            "mrv.notifications.mail.interval=1h",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            // one key for every context of this JVM: they share the database and its checkpoints
            "mrv.audit.key-file=target/sealed-history-it/checkpoint.key"
        })
@AutoConfigureMockMvc
class NotificationsIT extends PostgresIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Sealer sealer;

    @Autowired
    PendingWorkProjection projection;

    @Autowired
    NotificationMailer mailer;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private final String project = "notified-" + UUID.randomUUID();
    private final String period = project + "-2019";
    private final String report = project + "-report";
    private final String owner = "org-" + UUID.randomUUID();

    @Test
    void eachCallerSeesTheirWorkOpenAndCloseAsTheStoryGoesAndGetsAnEmailWhenItOpens() throws Exception {
        happened(
                "project.ProjectSubmittedEvent",
                project,
                "{\"projectId\":\"" + project + "\",\"name\":\"Linhai HFC-23\",\"ownerOrganisation\":\"" + owner
                        + "\"}");
        assertThat(kinds(registry())).contains("PROJECT_TO_LIST " + project);
        assertThat(kinds(owner())).isEmpty();

        happened("project.ProjectListedEvent", project, "{\"projectId\":\"" + project + "\"}");
        happened(
                "project.ReportingPeriodOpenedEvent",
                project,
                "{\"projectId\":\"" + project + "\",\"reportingPeriodId\":\"" + period
                        + "\",\"start\":\"2019-01-01\",\"end\":\"2019-12-31\"}");
        assertThat(kinds(registry()))
                .doesNotContain("PROJECT_TO_LIST " + project)
                .contains("NO_VERIFIER " + project);
        JsonNode noReport = items(owner()).get(0);
        assertThat(noReport.get("kind").asText()).isEqualTo("NO_REPORT");
        assertThat(noReport.get("projectName").asText()).isEqualTo("Linhai HFC-23");
        assertThat(noReport.get("periodStart").asText()).isEqualTo("2019-01-01");

        // the owner asks for e-mail, at the verified address of the account; a token without one cannot
        mvc.perform(put("/api/notifications/mail").with(owner())).andExpect(status().isOk());
        mvc.perform(put("/api/notifications/mail").with(user("nomail", owner, Role.PROJECT_OWNER)))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/notifications").with(user("dcs", owner, Role.INTEGRATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());

        happened(
                "project.VerifierAssignedEvent",
                project,
                "{\"projectId\":\"" + project + "\",\"reportingPeriodId\":\"" + period
                        + "\",\"verifierOrganisation\":\"cqc\"}");
        happened(
                "calculation.ReductionsCalculatedEvent",
                report,
                "{\"reportId\":\"" + report + "\",\"projectId\":\"" + project + "\",\"reportingPeriodId\":\"" + period
                        + "\",\"version\":1}");
        assertThat(kinds(registry())).doesNotContain("NO_VERIFIER " + project);
        assertThat(kinds(owner())).containsExactly("TO_SUBMIT " + project);

        happened(
                "calculation.ReportSubmittedForVerificationEvent",
                report,
                "{\"reportId\":\"" + report + "\",\"projectId\":\"" + project + "\",\"version\":1}");
        assertThat(kinds(owner())).isEmpty();
        assertThat(kinds(verifier("cqc"))).contains("TO_REVIEW " + project);
        assertThat(kinds(verifier("ceprei"))).doesNotContain("TO_REVIEW " + project);

        for (String finding : List.of("f1", "f2")) {
            happened(
                    "calculation.FindingRaisedEvent",
                    report,
                    "{\"reportId\":\"" + report + "\",\"projectId\":\"" + project + "\",\"findingId\":\"" + report
                            + finding + "\",\"version\":1}");
        }
        assertThat(items(owner()).get(0).get("count").asInt()).isEqualTo(2);
        happened(
                "calculation.FindingAnsweredEvent",
                report,
                "{\"reportId\":\"" + report + "\",\"projectId\":\"" + project + "\",\"findingId\":\"" + report
                        + "f1\"}");
        assertThat(items(owner()).get(0).get("count").asInt()).isEqualTo(1);
        assertThat(kinds(verifier("cqc"))).contains("FINDINGS_TO_CLOSE " + project);
        happened(
                "calculation.FindingClosedEvent",
                report,
                "{\"reportId\":\"" + report + "\",\"projectId\":\"" + project + "\",\"findingId\":\"" + report
                        + "f1\"}");
        assertThat(kinds(verifier("cqc"))).doesNotContain("FINDINGS_TO_CLOSE " + project);

        // a critical QA finding in the period's data is the owner's work until the data no longer has it
        String criticalFinding = "{\"planId\":\"monitoring-plan:" + project + "\",\"projectId\":\"" + project
                + "\",\"reportingPeriodId\":\"" + period + "\",\"findingId\":\"q1\",\"check\":\"calibration-coverage\","
                + "\"subject\":\"FT-1 2019-02-01..2019-02-28\"}";
        happened("monitoring.CriticalQaFindingRaisedEvent", "monitoring-plan:" + project, criticalFinding);
        JsonNode critical = items(owner()).stream()
                .filter(item -> item.get("kind").asText().equals("CRITICAL_QA"))
                .findFirst()
                .orElseThrow();
        assertThat(critical.get("reportId").asText()).isEqualTo(report);
        assertThat(critical.get("count").asInt()).isEqualTo(1);
        assertThat(kinds(verifier("cqc"))).doesNotContain("CRITICAL_QA " + project);
        happened("monitoring.CriticalQaFindingClearedEvent", "monitoring-plan:" + project, criticalFinding);
        assertThat(kinds(owner())).doesNotContain("CRITICAL_QA " + project);

        happened(
                "calculation.ReductionReportApprovedEvent",
                report,
                "{\"reportId\":\"" + report + "\",\"projectId\":\"" + project + "\",\"reportingPeriodId\":\"" + period
                        + "\",\"version\":1}");
        happened(
                "registry.IssuanceRequestedEvent",
                "ledger",
                "{\"requestId\":\"" + report + "-issuance\"," + "\"reportId\":\"" + report
                        + "\",\"reportVersion\":1,\"projectId\":\"" + project + "\"}");
        assertThat(kinds(verifier("cqc"))).doesNotContain("TO_REVIEW " + project);
        assertThat(kinds(registry())).contains("ISSUANCE_TO_APPROVE " + project);
        happened(
                "registry.CreditsIssuedEvent",
                "ledger",
                "{\"reportId\":\"" + report + "\",\"reportVersion\":1," + "\"projectId\":\"" + project
                        + "\",\"serialStart\":1,\"serialEnd\":10}");
        assertThat(kinds(registry())).doesNotContain("ISSUANCE_TO_APPROVE " + project);
        assertThat(kinds(owner())).containsExactly("FINDINGS_TO_ANSWER " + project);

        // the work opened after the owner subscribed was sent, once, to the owner's address
        mailer.sendDue();
        mailer.sendDue();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo("owner@" + owner + ".example");
            subjects.add(message.getSubject());
        }
        assertThat(subjects)
                .containsExactly(
                        "Carbon MRV: A calculated report waits to be submitted for verification · Linhai HFC-23",
                        "Carbon MRV: A verifier's finding waits for your answer · Linhai HFC-23",
                        "Carbon MRV: A verifier's finding waits for your answer · Linhai HFC-23",
                        "Carbon MRV: The QA checks found a critical problem in a period's data · Linhai HFC-23");

        List<String> before = kinds(owner());
        jdbc.update("DELETE FROM audit_service.notification_mails");
        for (String table :
                List.of("pending_work", "notification_projects", "notification_periods", "notification_reports")) {
            jdbc.update("DELETE FROM audit_service." + table);
        }
        jdbc.update("UPDATE audit_service.notification_progress SET position = 0");
        projection.catchUp();
        assertThat(kinds(owner())).as("rebuilt from the history alone").isEqualTo(before);

        mvc.perform(delete("/api/notifications/mail").with(owner())).andExpect(status().isNoContent());
        mvc.perform(get("/api/notifications/mail").with(owner())).andExpect(status().isNotFound());
    }

    private JwtRequestPostProcessor owner() {
        return person("owner", owner, Role.PROJECT_OWNER, Role.CREDIT_HOLDER);
    }

    private static JwtRequestPostProcessor registry() {
        return person("registry", "registry", Role.REGISTRY_ADMIN);
    }

    private static JwtRequestPostProcessor verifier(String organisation) {
        return person("verifier", organisation, Role.VERIFIER);
    }

    private static JwtRequestPostProcessor person(String name, String organisation, String... roles) {
        return jwt().jwt(token -> token.subject(name + "@" + organisation)
                        .claim("preferred_username", name + "@" + organisation)
                        .claim("email", name + "@" + organisation + ".example")
                        .claim("email_verified", true)
                        .claim("groups", List.of("/" + organisation))
                        .claim("realm_access", Map.of("roles", List.of(roles))))
                .authorities(Arrays.stream(roles)
                        .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r))
                        .toList());
    }

    /** The caller's open work on this test's project, as "KIND project". */
    private List<String> kinds(JwtRequestPostProcessor caller) throws Exception {
        List<String> kinds = new ArrayList<>();
        for (JsonNode item : items(caller)) {
            kinds.add(item.get("kind").asText() + " " + item.get("projectId").asText());
        }
        return kinds;
    }

    private List<JsonNode> items(JwtRequestPostProcessor caller) throws Exception {
        String body = mvc.perform(get("/api/notifications").with(caller))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<JsonNode> mine = new ArrayList<>();
        json.readTree(body).get("items").forEach(item -> {
            if (item.get("projectId").asText().equals(project)) {
                mine.add(item);
            }
        });
        return mine;
    }

    /** An event committed as Axon writes it, sealed, and the pending work caught up with it. */
    private void happened(String type, String aggregate, String payload) throws Exception {
        try (Connection connection = dataSource.getConnection();
                var insert = connection.prepareStatement(
                        "INSERT INTO eventstore.domain_event_entry (event_identifier, meta_data, payload, payload_revision,"
                                + " payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                                + " VALUES (?, '{}', ?, '1', ?, '2026-12-06T01:00:00Z', ?,"
                                + " (SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?), 'Test')")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setBytes(2, payload.getBytes(StandardCharsets.UTF_8));
            insert.setString(3, "org.carbonmrv.api." + type);
            insert.setString(4, aggregate.equals("ledger") ? project + "-ledger" : aggregate);
            insert.setString(5, aggregate.equals("ledger") ? project + "-ledger" : aggregate);
            insert.executeUpdate();
        }
        TestSealing.sealWhatHasEnded(dataSource, sealer);
        projection.catchUp();
    }
}
