package org.nec.gateway;

import jakarta.servlet.http.HttpServletResponse;

/** The headers the services put on their pages, for the one page the front door renders itself. */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void write(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                + "form-action 'self'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
    }
}
