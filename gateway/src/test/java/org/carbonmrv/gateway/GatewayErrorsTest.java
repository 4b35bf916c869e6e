package org.carbonmrv.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayErrorsTest {

    @Test
    void aServiceThatIsDownIs503AndOneThatHangs504() {
        assertThat(GatewayErrors.problemOf(new IllegalStateException(new ConnectException("Connection refused")))
                        .status())
                .isEqualTo(503);
        assertThat(GatewayErrors.problemOf(new TimeoutException("no answer")).status())
                .isEqualTo(504);
    }

    @Test
    void anUnknownRouteIs404AndAnythingElseNot500() {
        assertThat(GatewayErrors.problemOf(new ResponseStatusException(HttpStatus.NOT_FOUND))
                        .code())
                .isEqualTo("not-found");
        assertThat(GatewayErrors.problemOf(new IllegalArgumentException("odd")).status())
                .isEqualTo(502);
    }
}
