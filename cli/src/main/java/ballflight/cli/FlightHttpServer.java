package ballflight.cli;

import ballflight.service.FlightService;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP/1.1 JSON API of {@code ballflight serve} on the JDK's built-in server, one virtual
 * thread per exchange (a blocked request costs no platform thread while its batch flies).
 * Every answer is JSON or text; no input leads to a stack trace or a 500 (an unexpected failure
 * is logged in one line and answered 500 without details).
 */
final class FlightHttpServer implements AutoCloseable {
    /** A route's work; may throw, the wrapper answers. */
    private interface Route {
        void handle(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final FlightService service;
    private final FlightService pathService;
    private final ParksEndpoint parks;
    private final MetricsEndpoint metrics = new MetricsEndpoint();
    private final PrintWriter log;

    FlightHttpServer(InetSocketAddress address, FlightService service, FlightService pathService, ParksEndpoint parks,
                     ServeLimits limits, PrintWriter log) throws IOException {
        this.service = service;
        this.pathService = pathService;
        this.parks = parks;
        this.log = log;
        this.server = HttpServer.create(address, 1024);
        server.setExecutor(threads);
        route("/v1/fly", new FlyEndpoint(service, false, limits)::handle);
        route("/v1/trajectory", new FlyEndpoint(pathService, true, limits)::handle);
        route("/v1/parks", parks::handle);
        route("/v1/info", ex -> get(ex, () -> HttpExchanges.json(ex, 200, info(limits))));
        route("/healthz", ex -> get(ex, () -> HttpExchanges.json(ex, 200, Map.of("status", "ok"))));
        route("/metrics", ex -> get(ex, () -> HttpExchanges.text(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                metrics.render(service.metrics()))));
        route("/", this::frontPage);
    }

    void start() {
        server.start();
    }

    /** The bound port (useful with port 0). */
    int port() {
        return server.getAddress().getPort();
    }

    private void route(String path, Route route) {
        server.createContext(path, ex -> {
            try (ex) {
                // Contexts match by prefix; only the exact path is ours ("/" serves only the front page).
                if (!path.equals("/") && !ex.getRequestURI().getPath().equals(path)) {
                    HttpExchanges.error(ex, 404, null, "no such resource: " + ex.getRequestURI().getPath());
                } else {
                    route.handle(ex);
                }
            } catch (IOException e) {
                // The client went away mid-answer: nothing to tell it.
            } catch (RuntimeException | Error e) {
                log.println("serve: " + e.getClass().getSimpleName() + " on " + ex.getRequestURI().getPath() + ": "
                        + e.getMessage());
                log.flush();
                try {
                    HttpExchanges.error(ex, 500, null, "internal error");
                } catch (IOException | RuntimeException ignored) {
                    // headers may already be sent
                }
            } finally {
                metrics.count(ex.getResponseCode());
            }
        });
    }

    /** An answer for GET-only routes. */
    private interface Answer {
        void send() throws IOException;
    }

    private static void get(HttpExchange ex, Answer answer) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            ex.getResponseHeaders().set("Allow", "GET");
            HttpExchanges.error(ex, 405, null, ex.getRequestMethod() + " is not allowed here: use GET");
            return;
        }
        answer.send();
    }

    private void frontPage(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (!path.equals("/") && !path.equals("/index.html")) {
            HttpExchanges.error(ex, 404, null, "no such resource: " + path);
            return;
        }
        get(ex, () -> {
            try (InputStream in = FlightHttpServer.class.getResourceAsStream("/ballflight/serve/index.html")) {
                if (in == null) {
                    throw new IllegalStateException("front page missing from the jar");
                }
                HttpExchanges.send(ex, 200, "text/html; charset=utf-8", in.readAllBytes());
            }
        });
    }

    private Map<String, Object> info(ServeLimits limits) {
        FlightService.Settings s = service.settings();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("ballflight", ManifestVersion.version());
        info.put("jdk", System.getProperty("java.version"));
        info.put("backend", service.backendReason());
        info.put("workers", s.workers());
        info.put("max_batch", s.maxBatch());
        info.put("max_wait_us", s.maxWaitMicros());
        info.put("queue_capacity", s.queueCapacity());
        info.put("max_body_bytes", limits.maxBodyBytes());
        info.put("max_balls", limits.maxBalls());
        info.put("timeout_ms", limits.timeout().toMillis());
        return info;
    }

    /** Stops listening (open exchanges get up to a second), then drains both flight services. */
    @Override
    public void close() {
        server.stop(1);
        threads.close();
        service.close();
        pathService.close();
        parks.close();
    }
}
