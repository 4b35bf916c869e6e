package org.carbonmrv.project.project;

import org.carbonmrv.platform.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carbonmrv.platform.testsupport.ConcurrentRequests.statuses;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list of projects answers 64 requests at once on a pool of 4 connections: a request holds
 * at most one connection, so none of them waits for a second one that the others hold.
 */
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=4")
@AutoConfigureMockMvc
class ProjectListsUnderLoadIT extends PostgresIntegrationTest {

    @Autowired
    MockMvc http;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void aListedProjectWithAPeriod() throws Exception {
        String body = http.perform(post("/api/projects")
                        .with(ProjectIT.OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ProjectIT.PROJECT))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = body.replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        http.perform(post("/api/projects/{id}/listing", id).with(ProjectIT.REGISTRY))
                .andExpect(status().isNoContent());
        http.perform(post("/api/projects/{id}/reporting-periods", id)
                        .with(ProjectIT.OWNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": \"2019-01-01\", \"end\": \"2019-12-31\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void thePublicListing() throws Exception {
        assertAllAnswered(() -> get("/api/projects/public"));
    }

    @Test
    void anOwnersProjects() throws Exception {
        assertAllAnswered(() -> get("/api/projects").with(ProjectIT.OWNER));
    }

    @Test
    void everyProjectForTheRegistry() throws Exception {
        assertAllAnswered(() -> get("/api/projects").with(ProjectIT.REGISTRY));
    }

    @Test
    void aRequestThatFindsNoConnectionFreeInTimeIsAnswered503() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                held.add(dataSource.getConnection());
            }
            http.perform(get("/api/projects/public"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "1"))
                    .andExpect(jsonPath("$.code").value("overloaded"));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    private void assertAllAnswered(Supplier<RequestBuilder> request) throws Exception {
        assertThat(statuses(http, 64, request)).containsOnly(200).hasSize(64);
    }
}
