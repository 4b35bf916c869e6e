package org.carbonmrv.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.carbonmrv.platform.security.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * POSTs may carry an {@code Idempotency-Key}. The first request with a key reserves it for its
 * caller; a repeat with the same method, path and body gets the first (successful) answer again;
 * a repeat with another body, or while the first is still running, gets 409. A failed first
 * attempt frees the key, so the client may retry with it.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 255;
    /** Bodies are held in memory to be hashed; bulk uploads are idempotent by their content digest instead. */
    private static final long MAX_BODY = 16L * 1024 * 1024;

    private final JdbcTemplate jdbc;

    public IdempotencyFilter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        long length = request.getContentLengthLong();
        if (actor.isEmpty() || key.isBlank() || key.length() > MAX_KEY || length < 0 || length > MAX_BODY) {
            chain.doFilter(request, response);
            return;
        }
        String caller = actor.get().userId();
        byte[] body = request.getInputStream().readAllBytes();
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String digest = sha256(request.getMethod() + " " + path + "\n", body);
        try {
            jdbc.update("INSERT INTO idempotency_keys (caller, idempotency_key, method, path, request_sha256) VALUES (?, ?, ?, ?, ?)",
                    caller, key, request.getMethod(), path, digest);
        } catch (DuplicateKeyException seenBefore) {
            answerRepeat(caller, key, digest, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
            if (recorded.getStatus() >= 200 && recorded.getStatus() < 300) {
                jdbc.update("UPDATE idempotency_keys SET status = ?, content_type = ?, body = ? WHERE caller = ? AND idempotency_key = ?",
                        recorded.getStatus(), recorded.getContentType(), recorded.getContentAsByteArray(), caller, key);
                stored = true;
            }
        } finally {
            if (!stored) {
                jdbc.update("DELETE FROM idempotency_keys WHERE caller = ? AND idempotency_key = ?", caller, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerRepeat(String caller, String key, String digest, HttpServletResponse response) throws IOException {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT request_sha256, status, content_type, body FROM idempotency_keys WHERE caller = ? AND idempotency_key = ?",
                caller, key);
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

    private static void conflict(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(409);
        response.setContentType("application/problem+json");
        String json = "{\"type\":\"https://carbon-mrv.org/problems/idempotency-key-conflict\",\"title\":\"Conflict\","
                + "\"status\":409,\"code\":\"idempotency-key-conflict\",\"detail\":\"" + detail + "\","
                + "\"errors\":[{\"field\":\"" + HEADER + "\",\"rule\":\"" + detail + "\",\"value\":null}]}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String head, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(head.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
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
