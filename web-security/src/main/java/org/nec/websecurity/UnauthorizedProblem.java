package org.nec.websecurity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A 401 for API clients: the {@code WWW-Authenticate} challenge HTTP Basic clients expect, and an RFC 9457 body like
 * every other error. The same answer whether credentials were missing, wrong or locked, so it tells a guesser
 * nothing.
 */
public final class UnauthorizedProblem implements AuthenticationEntryPoint {

    static final String CHALLENGE = "Basic realm=\"Realm\"";
    private static final byte[] BODY = ("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"Sign in with the organiser account (HTTP Basic) to use this endpoint.\"}")
            .getBytes(StandardCharsets.UTF_8);

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
