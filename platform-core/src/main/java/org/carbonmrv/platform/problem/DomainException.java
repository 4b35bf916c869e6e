package org.carbonmrv.platform.problem;

import java.util.List;

/**
 * A refusal that is part of the business rules. It carries a stable code (the last segment of the
 * problem type URI), the HTTP status it maps to, and field-level details.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final int status;
    private final List<FieldProblem> errors;

    public DomainException(String code, int status, String detail, List<FieldProblem> errors) {
        super(detail);
        this.code = code;
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static DomainException badRequest(String code, String detail, FieldProblem... errors) {
        return new DomainException(code, 400, detail, List.of(errors));
    }

    public static DomainException unprocessable(String code, String detail, FieldProblem... errors) {
        return new DomainException(code, 422, detail, List.of(errors));
    }

    public static DomainException conflict(String code, String detail, FieldProblem... errors) {
        return new DomainException(code, 409, detail, List.of(errors));
    }

    public static DomainException forbidden(String code, String detail) {
        return new DomainException(code, 403, detail, List.of());
    }

    public static DomainException notFound(String code, String detail) {
        return new DomainException(code, 404, detail, List.of());
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
