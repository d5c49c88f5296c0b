package org.nec.websecurity;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Which requests need a CSRF token, and where the token lives. Every state-changing request a browser could make
 * with a cookie needs one: pages' forms, the dashboard's calls and {@code /api/admin/**} reached with a session
 * cookie.
 * API clients stay token-free: a request carrying its own {@code Authorization} header (HTTP Basic, or the
 * front door relaying a signed-in organiser) and the public API, which no cookie authenticates.
 * <p>
 * The token is kept in the {@code XSRF-TOKEN} cookie (HttpOnly, SameSite=Lax, path {@code /}) rather than in a
 * session, so that a page rendered by a service behind the front door carries the token the front door checks.
 */
public final class CsrfRules {

    public static final String COOKIE = "XSRF-TOKEN";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private CsrfRules() {
    }

    public static void apply(CsrfConfigurer<HttpSecurity> csrf) {
        csrf.csrfTokenRepository(tokenRepository()).requireCsrfProtectionMatcher(CsrfRules::needsToken);
    }

    public static CookieCsrfTokenRepository tokenRepository() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return repository;
    }

    static boolean needsToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // without a session there is nothing to ride on: an anonymous admin call is told 401 by the authentication
        return !path.startsWith("/api/") || path.startsWith("/api/admin/") && request.getRequestedSessionId() != null;
    }
}
