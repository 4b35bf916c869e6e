package org.carbonmrv.e2e;

import org.carbonmrv.client.ApiClient;
import org.carbonmrv.client.ApiException;
import org.carbonmrv.client.api.CreditMovementsApi;
import org.carbonmrv.client.api.EventFeedApi;
import org.carbonmrv.client.api.NotificationsApi;
import org.carbonmrv.client.api.PublicRegisterApi;
import org.carbonmrv.client.model.CloudEvent;
import org.carbonmrv.client.model.Moved;
import org.carbonmrv.client.model.Notifications;
import org.carbonmrv.client.model.Retire;
import org.carbonmrv.client.model.RetirementView;
import org.carbonmrv.launcher.ApiContract;
import org.carbonmrv.launcher.LinhaiChain;
import org.carbonmrv.launcher.MrvClient;
import org.carbonmrv.launcher.Platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The contract an integrator generates a client from: the running platform's OpenAPI is the
 * committed {@code api/openapi.json} byte for byte, and the Java client generated from that file
 * in the build (module {@code api-client}) does a holder's retirement (with an idempotency key), reads its certificate, the
 * plant's event feed and the owner's notifications against the real gateway.
 */
final class GeneratedClientStory {

    private final MrvClient client;
    private final LinhaiChain chain;
    private final String gateway;

    GeneratedClientStory(MrvClient client, LinhaiChain chain, String gateway) {
        this.client = client;
        this.chain = chain;
        this.gateway = gateway;
    }

    void theRunningApiIsTheCommittedContract() throws Exception {
        Path committed = Platform.findHome().resolve("api/openapi.json");
        String running = ApiContract.text(ApiContract.ofPlatform(client));
        if (!running.equals(Files.readString(committed))) {
            Path actual = Path.of("target/openapi-actual.json");
            Files.writeString(actual, running);
            fail(
                    "the running platform's API differs from api/openapi.json (the generated client's contract):"
                            + " see the difference with `diff api/openapi.json e2e-tests/" + actual
                            + "`, and if the change is meant, write it with `./mrv openapi api/openapi.json` on a running platform");
        }
    }

    void aHolderRetiresWithTheGeneratedClientAndThePlantSeesItInItsFeed() throws Exception {
        String key = "buyer-retirement-" + UUID.randomUUID();
        CreditMovementsApi buyer = new CreditMovementsApi(as(chain.token(LinhaiChain.OWNER)));
        Retire retire = new Retire()
                .account("holding:linhai-chem")
                .quantity(10L)
                .beneficiary("Linhai Chemicals 2019 business travel")
                .purpose("voluntary")
                .jurisdiction("CN");

        Moved retired = buyer.retire(retire, key);
        Moved again = buyer.retire(retire, key);
        assertThat(again.getId())
                .as("the same idempotency key: the first answer")
                .isEqualTo(retired.getId());

        RetirementView certificate = new PublicRegisterApi(anonymous()).certificate(retired.getId());
        assertThat(certificate.getQuantity()).isEqualTo(10L);
        assertThat(certificate.getBeneficiary()).isEqualTo("Linhai Chemicals 2019 business travel");

        assertThatThrownBy(() -> buyer.retire(
                        new Retire().account("holding:linhai-chem").quantity(0L).beneficiary("x"), null))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isBetween(400, 422);
                    assertThat(refused.getResponseBody()).contains("\"code\"");
                });

        // Linhai's serials were retired: the plant's machine client sees it in its organisation's feed
        EventFeedApi feed = new EventFeedApi(as(chain.token("linhai-dcs")));
        List<CloudEvent> events = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> feed.events(0L, 1000).getEvents(),
                        page -> page.stream()
                                .anyMatch(e -> e.getType().equals("org.carbonmrv.CreditsRetiredEvent")
                                        && e.getData().toString().contains("Linhai Chemicals 2019 business travel")));
        // the events of its project, and those of its own registry account, which concern no project
        assertThat(events)
                .allSatisfy(e -> assertThat(chain.projectId.equals(e.getSubject())
                                || (e.getSubject() == null
                                        && e.getType().startsWith("org.carbonmrv.Account")
                                        && e.getData().toString().contains("linhai-chem")))
                        .as("%s", e)
                        .isTrue());

        Notifications work = new NotificationsApi(as(chain.token(LinhaiChain.REGISTRY))).notifications();
        assertThat(work.getItems().size())
                .isEqualTo(LinhaiChain.expect(200, client.get("/api/notifications", chain.token(LinhaiChain.REGISTRY)))
                        .get("items")
                        .size());
    }

    private ApiClient as(String token) {
        ApiClient api = anonymous();
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return api;
    }

    private ApiClient anonymous() {
        ApiClient api = new ApiClient();
        api.updateBaseUri(gateway);
        return api;
    }
}
