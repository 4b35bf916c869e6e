package org.carbonmrv.platform.problem;

/** One field-level message of a problem: which field, which rule, and the value refused (if any). */
public record FieldProblem(String field, String rule, String value) {

    public static FieldProblem of(String field, String rule) {
        return new FieldProblem(field, rule, null);
    }
}
