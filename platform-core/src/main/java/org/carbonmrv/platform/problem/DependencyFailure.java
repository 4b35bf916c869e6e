package org.carbonmrv.platform.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(DependencyFailure.class);

    private DependencyFailure() {}

    public static DomainException of(String service, RuntimeException e) {
        if (unreachable(e)) {
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

    /** Could not connect or got no answer, also when a library wrapped that in an exception of its own. */
    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ResourceAccessException) {
                return true;
            }
        }
        return false;
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
