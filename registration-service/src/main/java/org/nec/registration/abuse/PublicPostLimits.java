package org.nec.registration.abuse;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits what one client address may send: public POSTs per minute (429 with {@code Retry-After}) and body size
 * (413). Organiser calls and signed-in check-in scans are not limited: a welcome desk scans far faster than anyone
 * registers. Counted per instance. The client address is {@code getRemoteAddr()} as Tomcat's RemoteIpValve leaves
 * it ({@code server.forward-headers-strategy: native}): behind a proxy listed in {@code NEC_TRUSTED_PROXIES}, the
 * address in {@code X-Forwarded-For}.
 */
@Component
class PublicPostLimits extends OncePerRequestFilter {

    private final AbuseProperties properties;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(2)).build();

    PublicPostLimits(AbuseProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > properties.maxBodySize().toBytes()) {
            problem(response, HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than "
                    + properties.maxBodySize().toKilobytes() + " KB.");
            return;
        }
        if (isLimited(request)) {
            ConsumptionProbe probe = buckets.get(request.getRemoteAddr(), address -> newBucket())
                    .tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
                response.setHeader("Retry-After", String.valueOf(seconds));
                problem(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests from your address. Please try "
                        + "again in " + seconds + " seconds.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isLimited(HttpServletRequest request) {
        return properties.rateLimitPerMinute() > 0 && "POST".equals(request.getMethod())
                && !request.getRequestURI().startsWith("/api/admin/") && !isCheckInScan(request);
    }

    // this filter runs after Spring Security, which lets only the organiser or a volunteer reach these paths
    private static boolean isCheckInScan(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return ("/api/check-in".equals(uri) || "/check-in".equals(uri)) && request.getUserPrincipal() != null;
    }

    private Bucket newBucket() {
        int perMinute = properties.rateLimitPerMinute();
        return Bucket.builder().addLimit(limit -> limit.capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1))).build();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
