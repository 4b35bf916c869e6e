package org.carbonmrv.registry;

import org.carbonmrv.platform.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carbonmrv.platform.testsupport.ConcurrentRequests.statuses;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every list of the registry answers 64 requests at once on a pool of 4 connections. */
@SpringBootTest(
        properties = {"spring.datasource.hikari.maximum-pool-size=4", "mrv.registry.issuance-approval=automatic"})
@AutoConfigureMockMvc
class RegistryListsUnderLoadIT extends PostgresIntegrationTest {

    @Autowired
    MockMvc http;

    @BeforeEach
    void accountsOfOneOrganisation() throws Exception {
        for (int i = 0; i < 3; i++) {
            http.perform(post("/api/registry/accounts")
                            .with(RegistryIT.OWNER)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"trading " + i + "\"}"))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void anOrganisationsAccounts() throws Exception {
        assertAllAnswered(() -> get("/api/registry/accounts").with(RegistryIT.OWNER));
    }

    @Test
    void issuanceRequests() throws Exception {
        assertAllAnswered(() -> get("/api/registry/issuance-requests").with(RegistryIT.REGISTRY));
    }

    @Test
    void thePublicViews() throws Exception {
        assertAllAnswered(() -> get("/api/registry/public/issuances"));
        assertAllAnswered(() -> get("/api/registry/public/retirements"));
        assertAllAnswered(() -> get("/api/registry/public/cancellations"));
        assertAllAnswered(() -> get("/api/registry/public/projects/{p}", "p-1"));
    }

    @Test
    void reversalsAndLiabilities() throws Exception {
        assertAllAnswered(() -> get("/api/registry/reversals").with(RegistryIT.AUDITOR));
        assertAllAnswered(() -> get("/api/registry/liabilities").with(RegistryIT.AUDITOR));
    }

    private void assertAllAnswered(Supplier<RequestBuilder> request) throws Exception {
        assertThat(statuses(http, 64, request)).containsOnly(200).hasSize(64);
    }
}
