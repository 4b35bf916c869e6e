package org.carbonmrv.launcher;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/**
 * The Linhai 2019 case through the whole platform, step by step, as its real actors: the owner
 * lists the project, the plant's DCS client uploads the data, the owner calculates, the assigned
 * verifier approves, and the registry issues the credits.
 */
public final class LinhaiChain {

    public static final String OWNER = "linhai-owner";
    public static final String REGISTRY = "registry-admin";
    public static final String VERIFIER = "cqc-verifier";
    public static final String VERIFIER_ORGANISATION = "cqc";

    private final MrvClient client;
    private final LinhaiCase linhai;
    private final Map<String, String> tokens = new HashMap<>();

    public String projectId;
    public String periodId;
    public String reportId;
    public int version;

    public LinhaiChain(MrvClient client, LinhaiCase linhai) {
        this.client = client;
        this.linhai = linhai;
    }

    public String token(String user) throws IOException, InterruptedException {
        String token = tokens.get(user);
        if (token == null) {
            token = user.equals("linhai-dcs")
                    ? client.clientToken("linhai-dcs", "linhai-dcs-secret")
                    : client.userToken(user);
            tokens.put(user, token);
        }
        return token;
    }

    public MrvClient client() {
        return client;
    }

    public LinhaiCase linhai() {
        return linhai;
    }

    public void submitAndListProject() throws IOException, InterruptedException {
        projectId = expect(201, client.post("/api/projects", token(OWNER), linhai.projectSubmission()))
                .get("id")
                .asText();
        expect(204, client.post("/api/projects/" + projectId + "/listing", token(REGISTRY), "{}"));
    }

    public void openReportingPeriod() throws IOException, InterruptedException {
        periodId = expect(
                        201,
                        client.post(
                                "/api/projects/" + projectId + "/reporting-periods",
                                token(OWNER),
                                Map.of(
                                        "start",
                                        linhai.periodStart().toString(),
                                        "end",
                                        linhai.periodEnd().toString())))
                .get("id")
                .asText();
    }

    public MrvClient.Response assignVerifier(String organisation) throws IOException, InterruptedException {
        return client.post(periodPath() + "/verifier", token(REGISTRY), Map.of("verifierOrganisation", organisation));
    }

    /** The year's data as first reported: with the LNG factor the verifier will not accept. */
    public MrvClient.Response uploadReadings(String asUser) throws IOException, InterruptedException {
        return client.post(
                readingsPath(), token(asUser), MrvClient.JSON.writeValueAsString(linhai.readingsAsFirstReported()));
    }

    public String findingId;

    /** The verifier's non-conformity on the LNG emission factor, as in the verification report. */
    public void raiseLngNonConformity() throws IOException, InterruptedException {
        findingId = expect(
                        201,
                        client.post(
                                "/api/calculations/reports/" + reportId + "/findings",
                                token(VERIFIER),
                                Map.of(
                                        "kind",
                                        "NON_CONFORMITY",
                                        "subject",
                                        "EF_CO2_FF",
                                        "text",
                                        "不符合项-1: the LNG emission factor was not chosen per the fossil-fuel tool (v03.0); use the "
                                                + "IPCC 2006 upper 95 % confidence value 0.0704 tCO2/GJ")))
                .get("findingId")
                .asText();
    }

    /** The owner answers and corrects the factor; the report turns stale; the owner recalculates. */
    public JsonNode correctLngFactorAndRecalculate(Duration timeout) throws IOException, InterruptedException {
        expect(
                204,
                client.post(
                        "/api/calculations/reports/" + reportId + "/findings/" + findingId + "/answer",
                        token(OWNER),
                        Map.of("text", "Corrected to 0.0704 tCO2/GJ in monitoring report v02")));
        JsonNode factor = expect(
                        200,
                        client.get(
                                "/api/monitoring/projects/" + projectId + "/reporting-periods/" + periodId
                                        + "/readings?parameter=EF_CO2_FF",
                                token(OWNER)))
                .get("items")
                .get(0);
        expect(
                201,
                client.post(
                        "/api/monitoring/projects/" + projectId + "/readings/"
                                + factor.get("id").asText() + "/corrections",
                        token(OWNER),
                        Map.of(
                                "value",
                                linhai.lngFactor(),
                                "unit",
                                "tCO2/GJ",
                                "reason",
                                "不符合项-1: factor per the fossil-fuel tool",
                                "evidence",
                                "monitoring report v02, 2020-03-31")));
        awaitStale(timeout);
        return calculate();
    }

    private void awaitStale(Duration timeout) {
        await("report " + reportId + " marked stale")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> report().get("stale").asBoolean());
    }

    public void closeFinding() throws IOException, InterruptedException {
        expect(
                204,
                client.post(
                        "/api/calculations/reports/" + reportId + "/findings/" + findingId + "/closure",
                        token(VERIFIER),
                        Map.of("text", "Factor corrected in v02; recalculated version checked")));
    }

    public JsonNode report() throws IOException, InterruptedException {
        return expect(200, client.get("/api/calculations/reports/" + reportId, token(OWNER)));
    }

    public String readingsPath() {
        return "/api/monitoring/projects/" + projectId + "/reporting-periods/" + periodId + "/reading-batches";
    }

    /** The monitoring plan with its 18 meters, their 34 calibrations, the stand-in scale, and the 66-row shutdown log. */
    public void recordPlanAndOperatingLog(String asUser) throws IOException, InterruptedException {
        String project = "/api/monitoring/projects/" + projectId;
        expect(201, client.post(project + "/monitoring-plan", token(asUser), linhai.monitoringPlan()));
        for (var calibration : linhai.calibrations()) {
            expect(
                    201,
                    client.post(
                            project + "/meters/" + calibration.getKey() + "/calibrations",
                            token(asUser),
                            calibration.getValue()));
        }
        expect(
                201,
                client.post(project + "/meters/0561/substitutions", token(asUser), linhai.truckScaleSubstitution()));
        expect(204, client.post(project + "/downtime", token(asUser), linhai.downtime()));
    }

    public String checksPath() {
        return "/api/monitoring/projects/" + projectId + "/reporting-periods/" + periodId + "/checks";
    }

    public JsonNode calculate() throws IOException, InterruptedException {
        JsonNode calculated = expect(
                201,
                client.post(
                        "/api/calculations/reports",
                        token(OWNER),
                        Map.of("projectId", projectId, "reportingPeriodId", periodId)));
        reportId = calculated.get("reportId").asText();
        version = calculated.get("version").asInt();
        return calculated;
    }

    public void submitForVerification() throws IOException, InterruptedException {
        expect(
                204,
                client.post(
                        "/api/calculations/reports/" + reportId + "/submission",
                        token(OWNER),
                        Map.of("version", version)));
    }

    public MrvClient.Response approveAs(String verifier) throws IOException, InterruptedException {
        return client.post(
                "/api/calculations/reports/" + reportId + "/approval", token(verifier), Map.of("version", version));
    }

    /** The registry administrator approves the issuance request of this report once it arrives. */
    public void approveIssuance(Duration timeout) throws IOException, InterruptedException {
        JsonNode request = await("the issuance request of report " + reportId)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(300))
                .until(this::pendingIssuanceRequest, Optional::isPresent)
                .orElseThrow();
        expect(
                204,
                client.post(
                        "/api/registry/issuance-requests/" + request.get("id").asText() + "/approval",
                        token(REGISTRY),
                        "{}"));
    }

    private Optional<JsonNode> pendingIssuanceRequest() throws IOException, InterruptedException {
        for (JsonNode request : expect(200, client.get("/api/registry/issuance-requests?size=1000", token(REGISTRY)))
                .get("items")) {
            if (request.get("reportId").asText().equals(reportId)
                    && request.get("status").asText().equals("PENDING")) {
                return Optional.of(request);
            }
        }
        return Optional.empty();
    }

    /** The owner's holding account once the registry has issued the credits of this report. */
    public JsonNode awaitIssuedAccount(Duration timeout) {
        return await("the credits issued for report " + reportId)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(500))
                .until(this::issuedAccount, Optional::isPresent)
                .orElseThrow();
    }

    private Optional<JsonNode> issuedAccount() throws IOException, InterruptedException {
        for (JsonNode account :
                expect(200, client.get("/api/registry/accounts", token(OWNER))).get("items")) {
            for (JsonNode block : account.get("blocks")) {
                if (block.get("reportId").asText().equals(reportId)) {
                    return Optional.of(account);
                }
            }
        }
        return Optional.empty();
    }

    public void run() throws IOException, InterruptedException {
        submitAndListProject();
        openReportingPeriod();
        verifyAndIssue();
    }

    /** From a listed project with its period open to its credits issued: the verification story of the case. */
    public void verifyAndIssue() throws IOException, InterruptedException {
        expect(204, assignVerifier(VERIFIER_ORGANISATION));
        expect(201, uploadReadings("linhai-dcs"));
        recordPlanAndOperatingLog(OWNER);
        calculate();
        submitForVerification();
        raiseLngNonConformity();
        correctLngFactorAndRecalculate(Duration.ofSeconds(30));
        submitForVerification();
        closeFinding();
        expect(204, approveAs(VERIFIER));
        approveIssuance(Duration.ofSeconds(60));
    }

    private String periodPath() {
        return "/api/projects/" + projectId + "/reporting-periods/" + periodId;
    }

    public static JsonNode expect(int status, MrvClient.Response response) {
        if (response.status() != status) {
            throw new IllegalStateException(
                    "expected HTTP " + status + " but got " + response.status() + ": " + response.text());
        }
        return response.body();
    }
}
