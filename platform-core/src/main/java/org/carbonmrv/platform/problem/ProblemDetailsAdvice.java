package org.carbonmrv.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Every error leaves a service as RFC 9457 problem details, with field-level {@code errors}. */
@RestControllerAdvice
public class ProblemDetailsAdvice {

    public static final String TYPE_BASE = "https://carbon-mrv.org/problems/";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final Map<Integer, String> SPRING_CODES = Map.of(
            400,
            "invalid-request",
            404,
            "not-found",
            405,
            "method-not-allowed",
            406,
            "not-acceptable",
            413,
            "upload-too-large",
            415,
            "unsupported-media-type");

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        return problem(e.status(), e.code(), e.getMessage(), e.errors());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DomainException domain) {
            return domain(domain);
        }
        if (cause instanceof RuntimeException runtime && cause != e) {
            return unwrapped(runtime);
        }
        LOG.error("command failed", e);
        return problem(500, "internal-error", "the command could not be executed", List.of());
    }

    private ResponseEntity<ProblemDetail> unwrapped(RuntimeException e) {
        if (Overload.isPoolExhausted(e) || StoredValueRefusal.rule(e) != null) {
            return unexpected(e);
        }
        if (e instanceof AggregateNotFoundException notFound) {
            return notFound(notFound);
        }
        if (e instanceof ConcurrencyException concurrency) {
            return concurrent(concurrency);
        }
        LOG.error("command failed", e);
        return problem(500, "internal-error", "the command could not be executed", List.of());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return problem(404, "not-found", "no such resource", List.of());
    }

    @ExceptionHandler({ConcurrencyException.class, EventStoreException.class})
    ResponseEntity<ProblemDetail> concurrent(RuntimeException e) {
        if (Overload.isPoolExhausted(e)) {
            return Overload.busy();
        }
        LOG.warn("refused as concurrent modification: {}", e.toString(), e);
        return problem(
                409,
                "concurrent-modification",
                "someone else changed this resource at the same time (or it already exists); read it again and retry",
                List.of());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(
                        f.getField(),
                        f.getDefaultMessage(),
                        f.getRejectedValue() == null ? null : String.valueOf(f.getRejectedValue())))
                .toList();
        return problem(400, "invalid-request", "the request has invalid fields", errors);
    }

    /** The same, where a controller validates its parameters as a {@code @Validated} bean. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(
                        lastNode(v.getPropertyPath().toString()),
                        v.getMessage(),
                        v.getInvalidValue() == null ? null : String.valueOf(v.getInvalidValue())))
                .toList();
        return problem(400, "invalid-request", "the request has invalid parameters", errors);
    }

    /** {@code projects.size} names the parameter {@code size}. */
    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** A query or path parameter outside its bounds (a page size above the largest, a negative page). */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage(),
                                result.getArgument() == null ? null : String.valueOf(result.getArgument()))))
                .toList();
        return problem(400, "invalid-request", "the request has invalid parameters", errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            // a value of the wrong kind (1.5 where a whole number is due, 1e309 as a decimal): name the field and the
            // rule
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("body");
            String rule = mapping.getOriginalMessage() == null
                    ? ""
                    : mapping.getOriginalMessage().lines().findFirst().orElse("");
            return problem(
                    400,
                    "invalid-request",
                    "the request has an invalid field: " + field,
                    List.of(new FieldProblem(field, rule, null)));
        }
        String detail = e.getMostSpecificCause().getMessage();
        String firstLine = detail == null ? "" : detail.lines().findFirst().orElse("");
        return problem(
                400,
                "malformed-request",
                "the request body is not valid JSON of the expected shape: " + firstLine,
                List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return problem(
                400,
                "invalid-request",
                "invalid value for " + e.getName(),
                List.of(new FieldProblem(e.getName(), "has the wrong type", String.valueOf(e.getValue()))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return problem(
                400,
                "invalid-request",
                "missing header " + e.getHeaderName(),
                List.of(FieldProblem.of(e.getHeaderName(), "required")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(413, "upload-too-large", "the upload is larger than this service accepts", List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(403, "forbidden", "your roles do not allow this", List.of());
    }

    /** What no other handler answers: a problem details answer still, 503 when the database is saturated. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse spring) {
            // Spring's own refusals (no such route, wrong method, unsupported media type): their status, our shape
            int status = spring.getStatusCode().value();
            ProblemDetail body = problem(
                            status,
                            SPRING_CODES.getOrDefault(status, "http-" + status),
                            spring.getBody().getDetail(),
                            List.of())
                    .getBody();
            return ResponseEntity.status(status).headers(spring.getHeaders()).body(body);
        }
        if (Overload.isPoolExhausted(e)) {
            return Overload.busy();
        }
        String refusedByDatabase = StoredValueRefusal.rule(e);
        if (refusedByDatabase != null) {
            // a value the edge should have refused: still a 400, and logged so that the edge learns it
            LOG.warn("the database refused a value: {}", refusedByDatabase, e);
            return problem(
                    400,
                    "value-not-storable",
                    "a value of the request cannot be stored: " + refusedByDatabase,
                    List.of());
        }
        LOG.error("request failed", e);
        return problem(500, "internal-error", "the request could not be completed; the error is logged", List.of());
    }

    public static ResponseEntity<ProblemDetail> problem(
            int status, String code, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(HttpStatus.valueOf(status).getReasonPhrase());
        problem.setProperty("code", code);
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).body(problem);
    }
}
