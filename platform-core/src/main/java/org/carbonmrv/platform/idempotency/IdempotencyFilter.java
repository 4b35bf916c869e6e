package org.carbonmrv.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.carbonmrv.api.Sha256;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.problem.ProblemDetailsAdvice;
import org.carbonmrv.platform.security.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * POSTs may carry an {@code Idempotency-Key}. The request runs in one database transaction with
 * the reservation of its key and the storing of its answer: the commands it sends join that
 * transaction, so the key, the events and the answer are committed together or not at all. A
 * repeat with the same method, path and body gets the first (successful) answer; one that arrives
 * while the first runs waits for it on the key's row and then gets its answer; a repeat with
 * another body gets 409. A request that fails, or dies with its service, leaves no key behind, so
 * a retry runs once. Keys are kept {@code mrv.idempotency.retention} (a day) and then purged.
 * A key that cannot be honoured (too long, on a body over 16 MB) is refused, never ignored.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 255;
    /** Bodies are held in memory to be hashed; bulk uploads are idempotent by their content digest instead. */
    static final int MAX_BODY = 16 * 1024 * 1024;

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY + "}");

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final PlatformTransactionManager transactions;
    private final Duration retention;
    private final AtomicLong nextPurge = new AtomicLong();

    public IdempotencyFilter(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, Duration retention, ObjectMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.retention = retention;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        var actor = Actor.current();
        if (!KEY.matcher(key).matches()) {
            refuse(
                    response,
                    400,
                    "idempotency-key-invalid",
                    "an Idempotency-Key is 1 to " + MAX_KEY + " visible ASCII characters (a UUID, say)");
            return;
        }
        if (actor.isEmpty() || actor.get().userId() == null) {
            refuse(
                    response,
                    400,
                    "idempotency-key-without-caller",
                    "an Idempotency-Key belongs to a caller; this token names none");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(
                    response,
                    413,
                    "idempotency-key-body-too-large",
                    "a request with an Idempotency-Key carries at most " + MAX_BODY
                            + " bytes; larger reading uploads are recognised by their content digest: send them without the key");
            return;
        }
        purgeOldKeys();
        String caller = actor.get().userId();
        String path =
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String digest = sha256(request.getMethod() + " " + path + "\n", body);
        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            jdbc.execute("SET LOCAL lock_timeout = '60s'");
            jdbc.update(
                    "INSERT INTO idempotency_keys (caller, idempotency_key, method, path, request_sha256) VALUES (?, ?, ?, ?, ?)",
                    caller,
                    key,
                    request.getMethod(),
                    path,
                    digest);
        } catch (DuplicateKeyException seenBefore) {
            transactions.rollback(transaction);
            answerRepeat(caller, key, digest, response);
            return;
        } catch (PessimisticLockingFailureException | QueryTimeoutException waited) {
            transactions.rollback(transaction);
            conflict(response, "the first request with this Idempotency-Key is still being processed; retry later");
            return;
        } catch (RuntimeException e) {
            transactions.rollback(transaction);
            throw e;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean committed = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
            if (recorded.getStatus() >= 200 && recorded.getStatus() < 300 && !transaction.isRollbackOnly()) {
                jdbc.update(
                        "UPDATE idempotency_keys SET status = ?, content_type = ?, body = ? WHERE caller = ? AND idempotency_key = ?",
                        recorded.getStatus(),
                        recorded.getContentType(),
                        recorded.getContentAsByteArray(),
                        caller,
                        key);
                transactions.commit(transaction);
                committed = true;
            }
        } finally {
            if (!committed && !transaction.isCompleted()) {
                transactions.rollback(transaction);
            }
        }
        recorded.copyBodyToResponse();
    }

    /** At most once a minute: forget keys older than the retention. */
    private void purgeOldKeys() {
        long now = System.nanoTime();
        long due = nextPurge.get();
        if (now - due >= 0
                && nextPurge.compareAndSet(due, now + Duration.ofMinutes(1).toNanos())) {
            jdbc.update(
                    "DELETE FROM idempotency_keys WHERE created_at < now() - ?::interval",
                    retention.toSeconds() + " seconds");
        }
    }

    private void answerRepeat(String caller, String key, String digest, HttpServletResponse response)
            throws IOException {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT request_sha256, status, content_type, body FROM idempotency_keys WHERE caller = ? AND idempotency_key = ?",
                caller,
                key);
        if (rows.isEmpty()) {
            conflict(response, "the first request with this Idempotency-Key just failed; send it again");
            return;
        }
        Map<String, Object> first = rows.get(0);
        if (!digest.equals(first.get("request_sha256"))) {
            conflict(response, "this Idempotency-Key was used for a different request; use a new key");
            return;
        }
        if (first.get("status") == null) {
            conflict(response, "the first request with this Idempotency-Key is still being processed");
            return;
        }
        response.setStatus((Integer) first.get("status"));
        if (first.get("content_type") != null) {
            response.setContentType((String) first.get("content_type"));
        }
        response.setHeader("Idempotent-Replayed", "true");
        byte[] body = (byte[]) first.get("body");
        if (body != null) {
            response.getOutputStream().write(body);
        }
    }

    private void conflict(HttpServletResponse response, String detail) throws IOException {
        refuse(response, 409, "idempotency-key-conflict", detail);
    }

    private void refuse(HttpServletResponse response, int status, String code, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        ProblemDetail problem = ProblemDetailsAdvice.problem(
                        status, code, detail, List.of(FieldProblem.of(HEADER, detail)))
                .getBody();
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static String sha256(String head, byte[] body) {
        MessageDigest digest = Sha256.digest();
        digest.update(head.getBytes(StandardCharsets.UTF_8));
        return Sha256.hex(digest, body);
    }

    /** The request with its body already read, so the controller can read it again. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
