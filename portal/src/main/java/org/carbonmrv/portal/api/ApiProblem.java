package org.carbonmrv.portal.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API refused a request with a problem (RFC 9457): its code, what it said, and the rule of each
 * field it names, for the form to show next to the field.
 */
public class ApiProblem extends RuntimeException {

    private final String code;
    private final Map<String, String> fieldRules;
    private final List<JsonNode> errors;

    ApiProblem(JsonNode problem) {
        super(problem.path("detail").asText(problem.path("title").asText("refused")));
        this.code = problem.path("code").asText("");
        this.errors = new ArrayList<>();
        problem.path("errors").forEach(errors::add);
        this.fieldRules = new LinkedHashMap<>();
        problem.path("errors")
                .forEach(e -> fieldRules.merge(
                        e.path("field").asText(), e.path("rule").asText(), (a, b) -> a + "; " + b));
    }

    public String code() {
        return code;
    }

    /** Each field problem as the API wrote it: field, rule, value (an upload's are by row). */
    public List<JsonNode> errors() {
        return errors;
    }

    public Map<String, String> fieldRules() {
        return fieldRules;
    }
}
