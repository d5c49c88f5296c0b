package org.nec.bench.perf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.nec.localstack.Ports;

/**
 * The HTTP limit: a bare JDK endpoint on this machine that reads a registration's body and answers 201 with a
 * small JSON, loaded by the same client and connection count as the registrations. What the platform adds on
 * top of that is its own cost.
 */
final class BareHttp {

    private static final byte[] ANSWER = "{\"id\":\"bare\",\"status\":\"CONFIRMED\"}".getBytes(StandardCharsets.UTF_8);

    private BareHttp() {
    }

    static ClosedLoad.Result measure(int connections, Duration duration) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(Ports.LOOPBACK, Ports.free()), 256);
        ExecutorService workers = Executors.newFixedThreadPool(16);
        server.setExecutor(workers);
        server.createContext("/api/registrations", exchange -> {
            try (InputStream body = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                body.readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(201, ANSWER.length);
                out.write(ANSWER);
            } catch (IOException e) {
                exchange.close();
            }
        });
        server.start();
        try {
            Http http = new Http("http://" + Ports.LOOPBACK + ":" + server.getAddress().getPort(), "unused");
            ClosedLoad.run(http, connections, Duration.ofSeconds(1), Long.MAX_VALUE,
                    n -> http.register("warm-" + n + "@example.org", "MEMBER", "fr"), (n, r) -> { });
            return ClosedLoad.run(http, connections, duration, Long.MAX_VALUE,
                    n -> http.register("bare-" + n + "@example.org", "MEMBER", "fr"), (n, r) -> { });
        } finally {
            server.stop(0);
            workers.shutdownNow();
        }
    }
}
