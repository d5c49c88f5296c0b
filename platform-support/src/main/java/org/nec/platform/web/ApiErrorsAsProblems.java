package org.nec.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API answers every error as a problem, including those no controller advice sees: a request the
 * firewall rejects, an unknown path or method, a media type it cannot read or write, a failure in a controller
 * that also serves pages. Such errors end in {@code sendError}, which would otherwise render Boot's error body.
 */
final class ApiErrorsAsProblems extends OncePerRequestFilter {

    private final ProblemDetailsAdvice advice;
    private final ObjectProvider<ErrorAttributes> errorAttributes;
    private final JsonMapper json;

    ApiErrorsAsProblems(ProblemDetailsAdvice advice, ObjectProvider<ErrorAttributes> errorAttributes,
                        JsonMapper json) {
        this.advice = advice;
        this.errorAttributes = errorAttributes;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // a failure that escaped the servlet (Tomcat refusing the body's parameters, say) comes back here
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            if (uri instanceof String path && path.startsWith("/api/") && status instanceof Integer code
                    && !response.isCommitted()) {
                write(request, response, code);
            } else {
                chain.doFilter(request, response);
            }
        } else if (request.getRequestURI().startsWith("/api/")) {
            HttpServletRequest readable = acceptsSomethingReadable(request) ? request : new WithoutAccept(request);
            chain.doFilter(readable, new ProblemOnError(readable, response));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The problem the advice gives the failure behind the error when it knows it (field errors), else a plain one. */
    private ProblemDetail problemFor(HttpServletRequest request, int status) {
        ServletWebRequest web = new ServletWebRequest(request);
        ErrorAttributes errors = errorAttributes.getIfAvailable();
        Throwable failure = errors == null ? null : errors.getError(web);
        if (failure instanceof Exception exception) {
            try {
                ResponseEntity<Object> handled = advice.handleException(exception, web);
                if (handled != null && handled.getStatusCode().value() == status
                        && handled.getBody() instanceof ProblemDetail problem) {
                    return problem;
                }
            } catch (Exception notOneOfTheAdvicesOwn) {
                // answered with the plain problem of its status below
            }
        }
        ProblemDetail problem = ProblemDetail.forStatus(status);
        HttpStatus known = HttpStatus.resolve(status);
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        return problem;
    }

    private byte[] body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        byte[] body = body(problemFor(request, status));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** An {@code Accept} header that does not parse would leave no way to write even the problem. */
    private static boolean acceptsSomethingReadable(HttpServletRequest request) {
        try {
            MediaType.parseMediaTypes(java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
            return true;
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** The request as if it had said nothing of what it accepts. */
    private static final class WithoutAccept extends HttpServletRequestWrapper {

        WithoutAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !HttpHeaders.ACCEPT.equalsIgnoreCase(name)).toList());
        }
    }

    private final class ProblemOnError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            write(request, (HttpServletResponse) getResponse(), status);
        }
    }
}
