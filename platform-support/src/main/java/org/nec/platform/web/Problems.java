package org.nec.platform.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.DatabindException;

/** Problem details (RFC 9457) the services answer with. */
public final class Problems {

    private Problems() {
    }

    public static ErrorResponseException notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    public static ErrorResponseException conflict(String detail) {
        return of(HttpStatus.CONFLICT, "Conflict", detail);
    }

    public static ErrorResponseException invalid(List<FieldProblem> errors) {
        ProblemDetail problem = invalidProblem(errors);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    /** A field the JSON body gives a value of the wrong type or format, named by its path ({@code title.fr}). */
    public static FieldProblem wrongType(DatabindException ex) {
        StringBuilder path = new StringBuilder();
        ex.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        });
        return new FieldProblem(path.toString(), "has the wrong type or format");
    }

    static ProblemDetail invalidProblem(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s") + ".");
        problem.setTitle("Invalid request");
        problem.setType(URI.create("https://nec.coop/problems/invalid-request"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ErrorResponseException of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
