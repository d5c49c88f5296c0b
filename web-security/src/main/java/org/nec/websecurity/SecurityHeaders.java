package org.nec.websecurity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Headers every page and API answer carries: no inline script or third-party asset (CSP), no framing, and no
 * referrer, since manage links carry a secret token in their URL.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    /** The API answers 401 with a problem body (never a redirect to the login form, which is for pages). */
    public static void apiAnswersUnauthorized(ExceptionHandlingConfigurer<HttpSecurity> errors) {
        errors.defaultAuthenticationEntryPointFor(new UnauthorizedProblem(),
                PathPatternRequestMatcher.withDefaults().matcher("/api/**"));
    }

    /** Wrong or locked HTTP Basic credentials get the same 401 problem as missing ones. */
    public static void basicAnswersProblem(HttpBasicConfigurer<HttpSecurity> basic) {
        basic.authenticationEntryPoint(new UnauthorizedProblem());
    }

    public static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }

    /** The same headers, for a page written outside a filter chain that sets them (the front door's sign-in). */
    public static void write(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
    }
}
