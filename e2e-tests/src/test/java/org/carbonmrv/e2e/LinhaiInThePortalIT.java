package org.carbonmrv.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.carbonmrv.launcher.Database;
import org.carbonmrv.launcher.LinhaiCase;
import org.carbonmrv.launcher.LinhaiChain;
import org.carbonmrv.launcher.MrvClient;
import org.carbonmrv.launcher.Platform;
import org.carbonmrv.launcher.Ports;
import org.carbonmrv.platform.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Linhai 2019 case as its people do it in the portal, on a platform of its own (the case's data
 * may be credited once only): the owner declares the plan from its file, records a calibration and
 * the truck scale's stand-in, checks and then stores the year's readings and the operating log from
 * the case's files, calculates and submits; the verifier raises the LNG factor's non-conformity and
 * rejects the version; the owner answers, corrects the factor with its evidence and recalculates;
 * the verifier closes the finding and approves; the registry issues; the owner retires 1,000 credits,
 * which the public registry shows to anyone. The project's listing and the verifier's assignment,
 * and the register's other calibrations, go through the API (the portal's forms for them are tried
 * in {@link LinhaiChainIT}).
 */
class LinhaiInThePortalIT {

    static Platform platform;
    static LinhaiChain chain;
    static MrvClient client;

    @BeforeAll
    static void startAPlatformOfItsOwn() throws Exception {
        Path home = Platform.findHome();
        Ports ports = Ports.forTests();
        TestDatabase database = TestDatabase.get().another();
        platform = new Platform(
                        home, ports, Database.external(database.url(), database.user(), database.password()), "e2e")
                .withLogs("e2e-portal");
        platform.start();
        client = new MrvClient(ports.gatewayUrl(), ports.keycloakUrl());
        chain = new LinhaiChain(client, LinhaiCase.load(LinhaiCase.defaultSource(home)));
        chain.submitAndListProject();
        chain.openReportingPeriod();
        LinhaiChain.expect(204, chain.assignVerifier(LinhaiChain.VERIFIER_ORGANISATION));
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theCaseFromItsFilesToTheRetirementOnThePublicRegistry() throws Exception {
        String portal = platform.ports().gatewayUrl();
        String project = portal + "/projects/" + chain.projectId;
        LinhaiCase linhai = chain.linhai();
        try (Browser browser = new Browser()) {
            Page owner = browser.person();
            Browser.signIn(owner, portal, LinhaiChain.OWNER);

            // the monitoring plan from its file: first a file that is no plan, refused, nothing declared
            owner.navigate(project);
            owner.locator("[data-test=plan-link]").click();
            assertThat(owner.locator("[data-test=no-plan]").innerText())
                    .isEqualTo("No monitoring plan is declared yet.");
            owner.locator("#plan")
                    .fill("{\"effectiveFrom\":\"2019-01-01\",\"parameters\":[{\"id\":\"Q_FF\",\"unit\":\"kWh\"}]}");
            owner.locator("button", new Page.LocatorOptions().setHasText("Declare this version"))
                    .click();
            assertThat(owner.locator("[data-test=plan-errors]").innerText())
                    .contains("parameters[0].unit", "must convert to");
            assertThat(owner.locator("[data-test=no-plan]").count()).isEqualTo(1);
            owner.locator("#plan").fill("");
            owner.locator("#plan-file").setInputFiles(file("linhai-monitoring-plan.json", linhai.monitoringPlan()));
            owner.locator("button", new Page.LocatorOptions().setHasText("Declare this version"))
                    .click();
            assertThat(owner.locator("[data-test=done]").innerText())
                    .isEqualTo("The new version of the monitoring plan is in force.");
            assertThat(owner.locator("[data-test=plan-version]").innerText())
                    .startsWith("Version 1, in force since 2019-01-01");
            owner.waitForLoadState();
            assertThat(owner.locator("[data-test=meter]").count()).isEqualTo(18);

            // the calibration register: all but one through the API, the last one and the stand-in here
            List<Map.Entry<String, com.fasterxml.jackson.databind.node.ObjectNode>> register = linhai.calibrations();
            var byHand = register.get(register.size() - 1);
            for (var calibration : register.subList(0, register.size() - 1)) {
                LinhaiChain.expect(
                        201,
                        client.post(
                                "/api/monitoring/projects/" + chain.projectId + "/meters/" + calibration.getKey()
                                        + "/calibrations",
                                chain.token(LinhaiChain.OWNER),
                                calibration.getValue()));
            }
            owner.reload();
            owner.waitForLoadState();
            Locator meter = owner.locator("#meter-" + byHand.getKey());
            String performed = byHand.getValue().get("performedOn").asText();
            String validUntil = byHand.getValue().get("validUntil").asText();
            assertThat(meter.innerText()).doesNotContain("calibrated " + performed);
            meter.locator("summary").click();
            meter.locator("input[name=validUntil]").fill(validUntil);
            meter.locator("button", new Locator.LocatorOptions().setHasText("Record the calibration"))
                    .click();
            assertThat(owner.locator("#meter-" + byHand.getKey() + " .invalid-feedback")
                            .first()
                            .innerText())
                    .as("the date left out is named next to its field")
                    .isNotBlank();
            meter = owner.locator("#meter-" + byHand.getKey());
            meter.locator("input[name=performedOn]").fill(performed);
            meter.locator("input[name=validUntil]").fill(validUntil);
            meter.locator("input[name=certificate]")
                    .fill(byHand.getValue().get("certificate").asText());
            meter.locator("button", new Locator.LocatorOptions().setHasText("Record the calibration"))
                    .click();
            assertThat(owner.locator("[data-test=done]").innerText()).isEqualTo("The calibration is recorded.");
            assertThat(owner.locator("#meter-" + byHand.getKey()).innerText())
                    .contains("calibrated " + performed + ", valid until " + validUntil);
            owner.waitForLoadState();
            Locator scale = owner.locator("#meter-0561");
            assertThat(scale.locator("[data-test=lapse]").allInnerTexts())
                    .as("the truck scale's late calibration, as the verification report found it")
                    .contains("Without a valid calibration from 2019-06-06 to 2019-07-29.");
            scale.locator("summary").click();
            JsonNode standIn = linhai.truckScaleSubstitution();
            scale.locator("input[name=substituteSerial]")
                    .fill(standIn.get("substituteSerial").asText());
            scale.locator("input[name=from]").fill(standIn.get("from").asText());
            scale.locator("input[name=to]").fill(standIn.get("to").asText());
            scale.locator("input[name=reason]").fill(standIn.get("reason").asText());
            scale.locator("button", new Locator.LocatorOptions().setHasText("Record the substitution"))
                    .click();
            assertThat(owner.locator("#meter-0561").innerText())
                    .contains("measured by 0417 from 2019-06-05 to 2019-07-30");
            Browser.screenshot(owner, "portal-monitoring-plan");

            // the operating log and the year's readings from the case's files: checked first, then stored
            owner.navigate(project);
            owner.locator("a", new Page.LocatorOptions().setHasText("Upload the operating log"))
                    .click();
            owner.locator("#file").setInputFiles(file("linhai-2019-operating-log.json", linhai.downtime()));
            owner.locator("main button[type=submit]").click();
            assertThat(owner.locator("[data-test=upload-outcome]").innerText())
                    .isEqualTo("linhai-2019-operating-log.json: 66 shutdowns checked, 66 of them new to the log;"
                            + " nothing stored.");
            owner.locator("#store").check();
            owner.locator("main button[type=submit]").click();
            // the report is replaced in place (htmx): wait for the new one
            awaitOutcome(owner, "in the operating log");

            owner.navigate(project);
            owner.locator("a", new Page.LocatorOptions().setHasText("Upload readings"))
                    .click();
            Path readings = file("linhai-2019-dcs.json", linhai.readingsAsFirstReported());
            owner.locator("#file").setInputFiles(readings);
            // the progress bar's values as the browser reports the file leaving it
            owner.evaluate("window.progressSeen = []; document.addEventListener('htmx:xhr:progress',"
                    + " () => window.progressSeen.push(document.getElementById('upload-progress').value))");
            owner.locator("main button[type=submit]").click();
            String checked = owner.locator("[data-test=upload-outcome]").innerText();
            assertThat(checked).matches("linhai-2019-dcs\\.json: \\d+ rows checked, nothing stored\\.");
            List<?> progress = (List<?>) owner.evaluate("window.progressSeen");
            assertThat(progress).as("the progress bar moved").isNotEmpty();
            assertThat(((Number) progress.get(progress.size() - 1)).intValue()).isEqualTo(100);
            assertThat(owner.locator("[data-test=upload-progress]").innerText())
                    .isEqualTo("100 % sent; the platform checks the file once all of it has arrived.");
            assertThat(readingsStored()).isZero();
            Browser.screenshot(owner, "portal-upload-checked");
            owner.locator("#store").check();
            owner.locator("main button[type=submit]").click();
            awaitOutcome(owner, checked.replace("checked, nothing stored.", "recorded."));
            assertThat(readingsStored()).isPositive();

            // the owner's home says what needs doing: the period has no report yet, and its critical checks if any
            // (raised and cleared as events a few seconds after the data changes)
            long critical = LinhaiChain.expect(
                            200,
                            client.get(
                                    "/api/monitoring/projects/" + chain.projectId + "/reporting-periods/"
                                            + chain.periodId + "/checks",
                                    chain.token(LinhaiChain.OWNER)))
                    .get("critical")
                    .asLong();
            String workList = await().atMost(Duration.ofSeconds(30))
                    .pollInSameThread()
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> {
                                owner.navigate(portal + "/");
                                return owner.locator("[data-test=work-list]").innerText();
                            },
                            list -> critical > 0
                                    ? list.contains(critical + " critical QA finding(s)")
                                    : !list.contains("critical QA"));
            assertThat(workList).contains("period 2019-01-01 – 2019-12-31: no report yet.");

            // calculated and submitted: version 1 with the LNG factor as first reported
            owner.navigate(project);
            owner.locator("button", new Page.LocatorOptions().setHasText("Calculate"))
                    .click();
            assertThat(owner.locator("[data-test=versions]").innerText()).contains("3,999,548 tCO2e");
            String report = owner.url();
            owner.locator("button", new Page.LocatorOptions().setHasText("for verification"))
                    .click();
            assertThat(owner.locator("[data-test=report-status]").innerText()).isEqualTo("submitted for verification");

            // the verifier's non-conformity on the LNG factor; the version is rejected, after confirming
            Page verifier = browser.person();
            Browser.signIn(verifier, portal, LinhaiChain.VERIFIER);
            verifier.locator("[data-test=to-review] a", new Page.LocatorOptions().setHasText("Linhai"))
                    .first()
                    .click();
            assertThat(verifier.url()).isEqualTo(report);
            verifier.locator("#kind").selectOption("NON_CONFORMITY");
            verifier.locator("#subject").fill("EF_CO2_FF");
            verifier.locator("#text")
                    .fill("不符合项-1: the LNG emission factor was not chosen per the fossil-fuel tool (v03.0); use the"
                            + " IPCC 2006 upper 95 % confidence value 0.0704 tCO2/GJ");
            verifier.locator("button", new Page.LocatorOptions().setHasText("Raise finding"))
                    .click();
            verifier.locator("#confirmed").check();
            verifier.locator("button", new Page.LocatorOptions().setHasText("Approve version"))
                    .click();
            assertThat(verifier.locator("[data-test=problem]").innerText()).startsWith("Refused:");
            assertThat(verifier.locator("[data-test=report-status]").innerText())
                    .isEqualTo("submitted for verification");
            verifier.locator("#rejection-reason").fill("不符合项-1 is open: the LNG factor must be corrected");
            verifier.locator("button", new Page.LocatorOptions().setHasText("Reject version 1"))
                    .click();
            assertThat(verifier.locator("[data-test=problem]").innerText())
                    .isEqualTo("Confirm the rejection before rejecting the version.");
            verifier.locator("#rejection-reason").fill("不符合项-1 is open: the LNG factor must be corrected");
            verifier.locator("#reject-confirmed").check();
            verifier.locator("button", new Page.LocatorOptions().setHasText("Reject version 1"))
                    .click();
            assertThat(verifier.locator("[data-test=report-status]").innerText())
                    .isEqualTo("rejected");

            // the owner answers, corrects the factor with its evidence, sees its history, and recalculates
            owner.navigate(report);
            assertThat(owner.locator("[data-test=rejection]").innerText())
                    .isEqualTo("Rejected: 不符合项-1 is open: the LNG factor must be corrected");
            owner.locator("[data-test=finding] textarea[name=text]")
                    .fill("Corrected to 0.0704 tCO2/GJ in monitoring report v02");
            owner.locator("button", new Page.LocatorOptions().setHasText("Send answer"))
                    .first()
                    .click();
            assertThat(owner.locator("[data-test=done]").innerText()).isEqualTo("Answer sent.");
            owner.locator("[data-test=readings-link]").click();
            owner.locator("#parameter").fill("EF_CO2_FF");
            owner.locator("#parameter").press("Enter");
            assertThat(owner.locator("[data-test=readings-total]").innerText()).isEqualTo("1 readings");
            owner.locator("[data-test=readings] a").first().click();
            owner.locator("#value").fill(linhai.lngFactor());
            owner.locator("#reason").fill("");
            owner.locator("button", new Page.LocatorOptions().setHasText("Record the correction"))
                    .click();
            assertThat(owner.locator("#reason-rule").innerText())
                    .as("a correction needs its reason")
                    .isNotBlank();
            owner.locator("#value").fill(linhai.lngFactor());
            owner.locator("#reason").fill("不符合项-1: factor per the fossil-fuel tool");
            owner.locator("#evidence").fill("monitoring report v02, 2020-03-31");
            owner.locator("button", new Page.LocatorOptions().setHasText("Record the correction"))
                    .click();
            assertThat(owner.locator("[data-test=done]").innerText())
                    .isEqualTo("The correction is recorded; the value as uploaded stays on record.");
            assertThat(owner.locator("[data-test=reading-value]").innerText())
                    .isEqualTo("In force: " + linhai.lngFactor() + " tCO2/GJ (as uploaded: "
                            + LinhaiCase.LNG_FACTOR_AS_FIRST_REPORTED + ").");
            assertThat(owner.locator("[data-test=reading-history]").innerText())
                    .contains(
                            "Uploaded as " + LinhaiCase.LNG_FACTOR_AS_FIRST_REPORTED + " tCO2/GJ by linhai-owner",
                            "Corrected from " + LinhaiCase.LNG_FACTOR_AS_FIRST_REPORTED + " to " + linhai.lngFactor()
                                    + " tCO2/GJ by linhai-owner",
                            "Reason: 不符合项-1: factor per the fossil-fuel tool",
                            "Evidence: monitoring report v02, 2020-03-31");
            Browser.screenshot(owner, "portal-reading-history");
            await("the report is stale after the correction")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> {
                        owner.navigate(report);
                        return owner.locator(".badge", new Page.LocatorOptions().setHasText("stale"))
                                        .count()
                                > 0;
                    });
            owner.navigate(project);
            owner.locator("button", new Page.LocatorOptions().setHasText("Calculate"))
                    .click();
            assertThat(owner.locator("[data-test=versions]").innerText())
                    .contains("3,999,500 tCO2e", "PE_CO2_FF_y: 186.77 → 234.38", "ER_y: 3999548 → 3999500");
            owner.locator("button", new Page.LocatorOptions().setHasText("Submit version 2"))
                    .click();
            assertThat(owner.locator("[data-test=report-status]").innerText()).isEqualTo("submitted for verification");

            // the verifier reads version 2 (results, what changed, the trace) and starts a finding from a trace line
            verifier.navigate(report);
            verifier.locator("[data-test=version-link]", new Page.LocatorOptions().setHasText("Version 2"))
                    .click();
            verifier.waitForLoadState();
            assertThat(verifier.locator("[data-test=results]").innerText())
                    .contains("ER_y\t3,999,500\t3,999,548", "BE_y\t4,000,366");
            assertThat(verifier.locator("#trace-PE_CO2_FF_y").innerText()).contains("234.38");
            assertThat(verifier.locator("[data-test=dataset-elsewhere]").count())
                    .isZero();
            Browser.screenshot(verifier, "portal-version-trace");
            verifier.locator("#trace-PE_CO2_FF_y a").click();
            assertThat(verifier.locator("#subject").inputValue()).isEqualTo("PE_CO2_FF_y");

            // the verifier closes the finding and approves version 2
            verifier.navigate(report);
            verifier.locator("[data-test=finding] input[name=text]")
                    .fill("Factor corrected in v02; recalculated version checked");
            verifier.locator("button", new Page.LocatorOptions().setHasText("Close finding"))
                    .first()
                    .click();
            assertThat(verifier.locator("[data-test=done]").innerText()).isEqualTo("Finding closed.");
            verifier.locator("#confirmed").check();
            verifier.locator("button", new Page.LocatorOptions().setHasText("Approve version 2"))
                    .click();
            assertThat(verifier.locator("[data-test=report-status]").innerText())
                    .isEqualTo("approved");

            // the registry issues; the owner retires 1,000 credits; anyone sees it on the public registry
            Page registry = browser.person();
            Browser.signIn(registry, portal, LinhaiChain.REGISTRY);
            await("the approval's issuance request reaches the registry")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> {
                        registry.navigate(portal + "/");
                        return registry.locator("button", new Page.LocatorOptions().setHasText("Approve and issue"))
                                        .count()
                                > 0;
                    });
            registry.locator("button", new Page.LocatorOptions().setHasText("Approve and issue"))
                    .first()
                    .click();
            assertThat(registry.locator("main").innerText()).contains("The credits are issued.");

            owner.navigate(portal + "/");
            assertThat(owner.locator("[data-test=balance]").first().innerText()).isEqualTo("3,999,500 tCO2e");
            owner.locator("a", new Page.LocatorOptions().setHasText("Retire"))
                    .first()
                    .click();
            owner.locator("#quantity").fill("1,000");
            owner.locator("#beneficiary").fill("Linhai Chemicals 2019 own operations");
            owner.locator("#purpose").fill("voluntary");
            owner.locator("main button[type=submit]").click();
            owner.waitForURL("**/registry/retirements/**");
            assertThat(owner.locator("[data-test=certificate]").innerText())
                    .contains("1,000 tCO2e retired for Linhai Chemicals 2019 own operations");

            owner.navigate(portal + "/");
            owner.locator("[data-test=blocks] summary").first().click();
            assertThat(owner.locator("[data-test=blocks]").first().innerText())
                    .contains(
                            "2 serial block(s)",
                            "3,998,500 tCO2e, live, vintage 2019",
                            "1,000 tCO2e, retired, vintage 2019");

            Page visitor = browser.person();
            visitor.navigate(portal + "/registry");
            assertThat(visitor.locator("[data-test=public-retirements]").innerText())
                    .contains("Linhai Chemicals 2019 own operations", "1,000 tCO2e");
            assertThat(visitor.locator("[data-test=public-issuances]").innerText())
                    .contains("CMRV-VCU-CN-1-HFC23-LINHAICHEM-ZJ-2019");

            // the auditor reads the project's sealed history across every service and verifies the whole history
            Page auditor = browser.person();
            Browser.signIn(auditor, portal, "auditor");
            auditor.navigate(portal + "/projects/" + chain.projectId);
            auditor.locator("[data-test=sealed-history-link]").click();
            auditor.waitForLoadState();
            await("the retirement is sealed and indexed")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> {
                        auditor.reload();
                        return auditor.locator("[data-test=sealed-event]")
                                .allInnerTexts()
                                .contains("CreditsRetiredEvent");
                    });
            assertThat(auditor.locator("[data-test=sealed-event]").allInnerTexts())
                    .contains(
                            "ProjectSubmittedEvent",
                            "ReadingBatchRecordedEvent",
                            "ReductionsCalculatedEvent",
                            "FindingRaisedEvent",
                            "ReductionReportApprovedEvent",
                            "CreditsIssuedEvent");
            assertThat(auditor.locator("[data-test=issued]").innerText()).isEqualTo("3,999,500 tCO2e");
            auditor.locator("[data-test=verify]").click();
            auditor.waitForLoadState();
            assertThat(auditor.locator("[data-test=verification]").innerText()).startsWith("Intact:");
            Browser.screenshot(auditor, "portal-sealed-history");
            auditor.locator("#kind").fill("ReadingCorrectedEvent");
            auditor.locator("form[method=get] button").click();
            auditor.waitForLoadState();
            assertThat(auditor.locator("[data-test=sealed-event]").allInnerTexts())
                    .isNotEmpty()
                    .allMatch(e -> e.equals("ReadingCorrectedEvent"));
            // a long history page by page: five events to a page here
            auditor.navigate(portal + "/projects/" + chain.projectId + "/sealed-history?size=5");
            String firstPage = auditor.locator("[data-test=sealed-range]").innerText();
            assertThat(firstPage).matches("events 1–5 of [0-9,]+");
            List<String> firstEvents = auditor.locator("[data-test=sealed-history] tbody tr td:first-child")
                    .allInnerTexts();
            assertThat(firstEvents).hasSize(5);
            assertThat(auditor.locator("[data-test=sealed-previous]").count()).isZero();
            auditor.locator("[data-test=sealed-next]").click();
            auditor.waitForLoadState();
            assertThat(auditor.locator("[data-test=sealed-range]").innerText())
                    .isEqualTo(firstPage.replace("1–5", "6–10"));
            assertThat(auditor.locator("[data-test=sealed-history] tbody tr td:first-child")
                            .allInnerTexts())
                    .hasSize(5)
                    .doesNotContainAnyElementsOf(firstEvents);
            assertThat(auditor.locator("[data-test=sealed-previous]").count()).isEqualTo(1);
            // another owner types the address by hand: nothing of Linhai's
            Page other = browser.person();
            Browser.signIn(other, portal, "juhua-owner");
            other.navigate(portal + "/projects/" + chain.projectId + "/sealed-history");
            assertThat(other.locator("main").innerText()).doesNotContain("CreditsIssuedEvent");

            // the owner's integrations: a webhook endpoint registered in the portal, its secret shown once, its log
            try (var receiver = new LocalReceiver()) {
                owner.navigate(portal + "/");
                owner.locator("nav a", new Page.LocatorOptions().setHasText("Webhooks"))
                        .click();
                Browser.screenshot(owner, "portal-webhooks");
                assertThat(owner.locator("body").innerText()).as(owner.url()).contains("Register an endpoint");
                owner.locator("#webhook-url").fill(receiver.url());
                owner.locator("#webhook-kinds").fill("CreditsRetiredEvent");
                owner.locator("#webhook-from").selectOption("start");
                owner.locator("main button[type=submit]").click();
                Browser.screenshot(owner, "portal-webhook-registered");
                assertThat(owner.locator("body").innerText()).as(owner.url()).contains("The endpoint is registered.");
                assertThat(owner.locator("[data-test=done]").innerText()).isEqualTo("The endpoint is registered.");
                assertThat(owner.locator("[data-test=secret] code").innerText()).startsWith("whsec_");
                String endpointPage = owner.url();
                await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received() >= 1);
                // the attempt is logged once the receiver's answer is in: the page may come before it
                await().atMost(Duration.ofSeconds(30))
                        .pollInSameThread()
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> {
                            owner.navigate(endpointPage);
                            return owner.locator("[data-test=deliveries]").count() > 0;
                        });
                assertThat(owner.locator("[data-test=deliveries]").innerText()).contains("CreditsRetiredEvent", "204");
                assertThat(owner.locator("[data-test=secret]").count())
                        .as("shown once")
                        .isZero();
                Browser.screenshot(owner, "portal-webhook");
            }
        }
    }

    /** A receiver of webhooks that takes everything (204). */
    private static final class LocalReceiver implements AutoCloseable {
        private final com.sun.net.httpserver.HttpServer server;
        private final java.util.concurrent.atomic.AtomicInteger received =
                new java.util.concurrent.atomic.AtomicInteger();

        LocalReceiver() throws java.io.IOException {
            server = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                exchange.getRequestBody().readAllBytes();
                received.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        int received() {
            return received.get();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static long readingsStored() throws Exception {
        return LinhaiChain.expect(
                        200,
                        client.get(
                                "/api/monitoring/projects/" + chain.projectId + "/reporting-periods/" + chain.periodId
                                        + "/readings?size=1",
                                chain.token(LinhaiChain.OWNER)))
                .get("total")
                .asLong();
    }

    /** A file of the case as its people would keep it, named as they would name it. */
    private static Path file(String name, JsonNode content) throws Exception {
        Path folder = Files.createTempDirectory("linhai-case");
        Path file = folder.resolve(name);
        Files.writeString(file, MrvClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(content));
        return file;
    }

    /**
     * Until the upload's report (replaced in place) says the text; a store of a year of data can take a while on a
     * busy machine, and a report that never says it fails the test with what it says instead.
     */
    private static void awaitOutcome(Page page, String text) throws Exception {
        Locator outcome = page.locator("[data-test=upload-outcome]");
        try {
            outcome.filter(new Locator.FilterOptions().setHasText(text))
                    .waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            Browser.screenshot(page, "portal-upload-outcome-missing");
            throw new AssertionError(
                    "the upload's report says \"" + outcome.allInnerTexts() + "\", not \"" + text + "\"", e);
        }
    }
}
