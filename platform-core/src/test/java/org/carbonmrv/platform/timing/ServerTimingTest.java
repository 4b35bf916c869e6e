package org.carbonmrv.platform.timing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class ServerTimingTest {

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theRequestsPartsRecordIntoItsTimingAndTheHeaderEndsWithTheTotal() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(ArrivalFilter.ATTRIBUTE, new ServerTiming(System.nanoTime() - 5_000_000));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        ServerTiming.current().record("project-service", "/api/projects/{id}", 1_250_000);
        ServerTiming.current().record("command", "Say \"hello\"", 2_000_000);

        assertThat(ServerTiming.current().header())
                .startsWith(
                        "project-service;desc=\"/api/projects/{id}\";dur=1.3, command;desc=\"Say 'hello'\";dur=2.0, ")
                .containsPattern("total;dur=\\d+\\.\\d$");
    }

    @Test
    void outsideARequestNothingIsRecorded() {
        ServerTiming.current().record("command", "x", 1_000_000);
        assertThat(ServerTiming.current().header()).doesNotContain("command");
    }
}
