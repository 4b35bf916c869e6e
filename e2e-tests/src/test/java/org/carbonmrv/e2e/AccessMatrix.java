package org.carbonmrv.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.launcher.LinhaiChain;
import org.carbonmrv.launcher.MrvClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The declarative access table ({@code access-matrix.txt}): every operation of the platform by
 * every kind of caller, with the outcome it must have, run against the real platform through the
 * gateway. {@link #check} answers the rows whose outcome differed, and the operations of the
 * aggregated OpenAPI that the table does not list (or lists but the OpenAPI does not have).
 */
final class AccessMatrix {

    /** The table's caller columns, in order; then the two that every row refuses. */
    static final List<String> CALLERS = List.of(
            "own",
            "other",
            "verifier",
            "unassigned",
            "auditor",
            "registry",
            "machine",
            "anonymous",
            "operator",
            "service",
            "adapter");

    static final List<String> SERVICES = List.of("projects", "monitoring", "calculations", "registry", "audit");

    record Row(int line, String method, String path, Map<String, String> values, String body, List<Boolean> allowed) {}

    private final MrvClient client;
    private final Map<String, String> tokens;
    private final Map<String, String> ids;
    private final Map<String, String> bodies;

    /**
     * @param tokens a token per caller column (anonymous: none), plus "expired" and "otherClient"
     * @param ids    what the table's path variables stand for, by name or by {@code name=value} alias
     * @param bodies the request bodies the table names
     */
    AccessMatrix(MrvClient client, Map<String, String> tokens, Map<String, String> ids, Map<String, String> bodies) {
        this.client = client;
        this.tokens = tokens;
        this.ids = ids;
        this.bodies = bodies;
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AccessMatrix.class.getResourceAsStream("/access-matrix.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(
                            "access-matrix.txt line " + (i + 1) + ": five cells separated by |");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (String pair : cells[2].split(",")) {
                    if (!pair.isBlank()) {
                        String[] kv = pair.strip().split("=", 2);
                        values.put(kv[0], kv[1]);
                    }
                }
                List<Boolean> allowed = new ArrayList<>();
                for (String cell : cells[4].strip().split("\\s+")) {
                    allowed.add(
                            switch (cell) {
                                case "Y" -> true;
                                case "N" -> false;
                                default ->
                                    throw new IllegalStateException(
                                            "access-matrix.txt line " + (i + 1) + ": Y or N, not " + cell);
                            });
                }
                if (allowed.size() != CALLERS.size()) {
                    throw new IllegalStateException(
                            "access-matrix.txt line " + (i + 1) + ": one outcome per caller " + CALLERS);
                }
                rows.add(new Row(i + 1, cells[0].strip(), cells[1].strip(), values, cells[3].strip(), allowed));
            }
        }
        return rows;
    }

    /** Every row for every caller; the differences, one line each. */
    List<String> check(List<Row> rows) throws IOException, InterruptedException {
        List<String> differences = new ArrayList<>();
        for (Row row : rows) {
            String path = resolve(row);
            for (int c = 0; c < CALLERS.size(); c++) {
                String caller = CALLERS.get(c);
                MrvClient.Response answer = send(row, path, tokens.get(caller));
                boolean refused = answer.status() == 401 || answer.status() == 403 || answer.status() == 404;
                boolean rightKindOfRefusal = !caller.equals("anonymous") || answer.status() == 401;
                if (row.allowed().get(c) == refused || (refused && !rightKindOfRefusal) || answer.status() >= 500) {
                    differences.add("line " + row.line() + " " + row.method() + " " + path + " as " + caller
                            + ": expected "
                            + (row.allowed().get(c) ? "let through" : "refused") + ", got " + answer.status() + " "
                            + abbreviated(answer.text()));
                }
            }
            for (String caller : List.of("expired", "otherClient")) {
                MrvClient.Response answer = send(row, path, tokens.get(caller));
                if (answer.status() != 401) {
                    differences.add("line " + row.line() + " " + row.method() + " " + path + " with an " + caller
                            + " token: expected 401, got " + answer.status());
                }
            }
        }
        return differences;
    }

    private MrvClient.Response send(Row row, String path, String token) throws IOException, InterruptedException {
        try {
            return sendOnce(row, path, token);
        } catch (HttpTimeoutException noAnswer) {
            // seen once in CI: a request on a reused connection got no answer for a minute; a second no answer fails
            // the test
            System.out.println("access matrix line " + row.line() + ": no answer within a minute, sent again");
            return sendOnce(row, path, token);
        }
    }

    private MrvClient.Response sendOnce(Row row, String path, String token) throws IOException, InterruptedException {
        if (row.method().equals("GET")) {
            return client.get(path, token);
        }
        if (row.method().equals("PUT") || row.method().equals("DELETE")) {
            return client.call(row.method(), path, token);
        }
        String body = row.body().isEmpty() ? "{}" : bodies.get(row.body());
        if (body == null) {
            throw new IllegalStateException("access-matrix.txt line " + row.line() + ": no body named " + row.body());
        }
        return body.startsWith("parameter,")
                ? client.postRaw(path, token, body, "text/csv")
                : client.postRaw(path, token, body, "application/json");
    }

    private String resolve(Row row) {
        String path = row.path();
        for (String variable : variables(path)) {
            String given = row.values().get(variable);
            String value = given == null ? ids.get(variable) : ids.getOrDefault(variable + "=" + given, given);
            if (value == null) {
                throw new IllegalStateException(
                        "access-matrix.txt line " + row.line() + ": no value for {" + variable + "}");
            }
            path = path.replace("{" + variable + "}", value);
        }
        String query = row.values().get("query");
        return query == null ? path : path + "?" + query;
    }

    private static List<String> variables(String path) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Operations of the aggregated OpenAPI the table does not list, and rows for operations the OpenAPI does not have. */
    Set<String> coverage(List<Row> rows) throws IOException, InterruptedException {
        Set<String> documented = new TreeSet<>();
        for (String service : SERVICES) {
            JsonNode paths = LinhaiChain.expect(200, client.get("/api/" + service + "/api-docs", null))
                    .get("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                path.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
            }
        }
        Set<String> listed = new LinkedHashSet<>();
        rows.forEach(r -> listed.add(r.method() + " " + r.path()));
        Set<String> gaps = new TreeSet<>();
        documented.stream().filter(op -> !listed.contains(op)).forEach(op -> gaps.add("not in the table: " + op));
        listed.stream().filter(op -> !documented.contains(op)).forEach(op -> gaps.add("not in the OpenAPI: " + op));
        return gaps;
    }

    private static String abbreviated(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ");
        return t.length() > 160 ? t.substring(0, 160) + "…" : t;
    }
}
