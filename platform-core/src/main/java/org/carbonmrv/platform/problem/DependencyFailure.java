package org.carbonmrv.platform.problem;

import org.springframework.web.client.ResourceAccessException;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;

/**
 * What a caller is told when another service of the platform fails it: 503 when it cannot be
 * reached, 504 when it did not answer within the client's timeouts, 502 when its answer was
 * unusable. Never a refusal (403, 404) that the other service did not make.
 */
public final class DependencyFailure {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DependencyFailure.class);

    private DependencyFailure() {}

    public static DomainException of(String service, RuntimeException e) {
        if (e instanceof ResourceAccessException) {
            return timedOut(e)
                    ? new DomainException(
                            "dependency-timeout", 504, "the " + service + " did not answer in time", List.of())
                    : new DomainException(
                            "dependency-unavailable", 503, "the " + service + " cannot be reached", List.of());
        }
        LOG.warn("the {} failed a call", service, e);
        return new DomainException(
                "dependency-failed",
                502,
                "the " + service + "'s answer could not be used: " + e.getMessage(),
                List.of());
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
