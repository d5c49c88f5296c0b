package org.nec.gateway;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spreads a service's requests over its instances in turn. An instance that refuses a connection is tried last
 * for the next {@link #SET_ASIDE_MILLIS} ms, and the request goes on to the next instance: whatever the method
 * when the connection was refused (nothing reached the service), and for an idempotent method after any I/O
 * failure before an answer. Spring Cloud LoadBalancer's {@code lb()} filter picks one instance per request and
 * does not move on when it refuses, which is why this is written here.
 */
final class ServiceInstances implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    static final long SET_ASIDE_MILLIS = 2000;
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.TRACE);
    private static final Log log = LogFactory.getLog(ServiceInstances.class);

    private final String service;
    private final List<URI> instances;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLongArray refusedUntil;
    private final Clock clock;

    ServiceInstances(String service, List<URI> instances, Clock clock) {
        if (instances == null || instances.isEmpty()) {
            throw new IllegalArgumentException("No address for " + service);
        }
        this.service = service;
        this.instances = List.copyOf(instances);
        this.refusedUntil = new AtomicLongArray(instances.size());
        this.clock = clock;
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> proxy) throws Exception {
        if (instances.size() == 1) {
            MvcUtils.setRequestUrl(request, instances.get(0));
            return proxy.handle(request);
        }
        ReplayableRequest replayable = ReplayableRequest.of(request);
        boolean idempotent = IDEMPOTENT.contains(request.method());
        List<Integer> order = order();
        for (int attempt = 0; ; attempt++) {
            int instance = order.get(attempt);
            ServerRequest forwarded = replayable.attempt();
            MvcUtils.setRequestUrl(forwarded, instances.get(instance));
            try {
                return proxy.handle(forwarded);
            } catch (Exception e) {
                boolean refused = refused(e);
                if (refused) {
                    refusedUntil.set(instance, clock.millis() + SET_ASIDE_MILLIS);
                }
                boolean retry = (refused || idempotent && causedBy(e, IOException.class))
                        && replayable.replayable() && attempt + 1 < order.size();
                if (!retry) {
                    throw e;
                }
                log.warn(service + " instance " + instances.get(instance) + " failed (" + e.getMessage()
                        + "); trying " + instances.get(order.get(attempt + 1)));
            }
        }
    }

    /** Every instance once, starting with the next in turn; those that refused a moment ago come last. */
    private List<Integer> order() {
        int start = Math.floorMod(next.getAndIncrement(), instances.size());
        long now = clock.millis();
        List<Integer> ready = new ArrayList<>();
        List<Integer> setAside = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            int instance = (start + i) % instances.size();
            (refusedUntil.get(instance) > now ? setAside : ready).add(instance);
        }
        ready.addAll(setAside);
        return ready;
    }

    private static boolean refused(Throwable e) {
        return causedBy(e, ConnectException.class) || causedBy(e, HttpConnectTimeoutException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
