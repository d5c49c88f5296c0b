package org.nec.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Vouches for the person signed in at the front door on each request forwarded to a service, with the account's
 * HTTP Basic credentials in the forwarded request's header: the browser only ever holds the front door's session
 * cookie, and the services keep refusing admin calls that come without credentials. The front door's own cookie
 * is not passed on.
 */
@Component
class IdentityRelay implements Function<ServerRequest, ServerRequest> {

    private final Map<String, String> basicByUser;

    IdentityRelay(Accounts accounts) {
        this.basicByUser = java.util.stream.Stream.of(accounts.organiser(), accounts.checkIn())
                .filter(Accounts.Account::enabled)
                .collect(Collectors.toUnmodifiableMap(Accounts.Account::username, a -> "Basic " + Base64.getEncoder()
                        .encodeToString((a.username() + ":" + a.password()).getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public ServerRequest apply(ServerRequest request) {
        HttpHeaders incoming = request.headers().asHttpHeaders();
        String cookies = incoming.getFirst(HttpHeaders.COOKIE);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        String basic = signedIn == null || !signedIn.isAuthenticated() ? null : basicByUser.get(signedIn.getName());
        if (cookies == null && (basic == null || incoming.containsHeader(HttpHeaders.AUTHORIZATION))) {
            return request;
        }
        return ServerRequest.from(request).headers(headers -> {
            if (cookies != null) {
                String kept = withoutSessionCookie(cookies);
                if (kept.isEmpty()) {
                    headers.remove(HttpHeaders.COOKIE);
                } else {
                    headers.set(HttpHeaders.COOKIE, kept);
                }
            }
            if (basic != null && !incoming.containsHeader(HttpHeaders.AUTHORIZATION)) {
                headers.set(HttpHeaders.AUTHORIZATION, basic);
            }
        }).build();
    }

    static String withoutSessionCookie(String cookies) {
        return Arrays.stream(cookies.split(";")).map(String::strip)
                .filter(c -> !c.isEmpty() && !c.startsWith(FrontDoorSecurity.SESSION_COOKIE + "="))
                .collect(Collectors.joining("; "));
    }
}
