package org.nec.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.nec.platform.logging.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the JSON API as {@code application/problem+json}; validation failures list each bad field.
 * Unexpected failures answer a bare 500 without internals, and are logged.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalidProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(e -> errors.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
            } else {
                String name = parameterName(result);
                result.getResolvableErrors().forEach(e -> errors.add(new FieldProblem(name, e.getDefaultMessage())));
            }
        }
        errors.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        return ResponseEntity.badRequest().body(Problems.invalidProblem(errors));
    }

    private static String parameterName(ParameterValidationResult result) {
        var header = result.getMethodParameter().getParameterAnnotation(
                org.springframework.web.bind.annotation.RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        var param = result.getMethodParameter().getParameterAnnotation(
                org.springframework.web.bind.annotation.RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        return String.valueOf(result.getMethodParameter().getParameterName());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof BodyCap.BodyTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(contentTooLarge(tooLarge));
        }
        FieldProblem problem = ex.getCause() instanceof DatabindException bad && !bad.getPath().isEmpty()
                ? Problems.wrongType(bad)
                : new FieldProblem("", "the body is not valid JSON");
        return ResponseEntity.badRequest().body(Problems.invalidProblem(List.of(problem)));
    }

    /** A body read beyond {@code nec.web.max-body}, found while it was read rather than announced. */
    @ExceptionHandler(BodyCap.BodyTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyCap.BodyTooLarge ex) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(contentTooLarge(ex));
    }

    private static ProblemDetail contentTooLarge(BodyCap.BodyTooLarge ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
        problem.setTitle("Content Too Large");
        return problem;
    }

    /** A form-encoded body Tomcat cannot decode (bad percent-encoding, bytes that are not UTF-8) is the client's. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException ex) {
        HttpStatus status = ex.getErrorCode() >= 400 && ex.getErrorCode() < 500
                ? HttpStatus.valueOf(ex.getErrorCode()) : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The request's parameters cannot be read.");
        return ResponseEntity.status(status).body(problem);
    }

    /**
     * The store cannot be reached (stopped, restarting): nothing was written, and the same request will succeed
     * once it is back, so a 503 the client may retry rather than a 500.
     */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> storeAway(DataAccessResourceFailureException ex) {
        log.warn("The store is unreachable, request refused with 503: {}", ex.getClass().getSimpleName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service cannot reach its data store right now; nothing was saved. Please try again shortly.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        // a store error may quote the value it choked on, an address for instance
        log.error("Unexpected failure", PersonalData.masked(ex));
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        problem.setDetail("Something went wrong on our side. Please try again.");
        return ResponseEntity.internalServerError().body(problem);
    }
}
