package org.carbonmrv.platform.problem;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * The database pool had no connection free within its short wait: the request is answered 503
 * with {@code Retry-After}, so callers back off instead of queueing until everything times out.
 */
final class Overload {

    private Overload() {}

    static boolean isPoolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    static ResponseEntity<ProblemDetail> busy() {
        ProblemDetail body = ProblemDetailsAdvice.problem(
                        503,
                        "overloaded",
                        "the service is busy: no database connection was free in time; retry after a second",
                        List.of())
                .getBody();
        return ResponseEntity.status(503).header("Retry-After", "1").body(body);
    }
}
