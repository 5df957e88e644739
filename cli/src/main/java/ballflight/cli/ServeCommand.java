package ballflight.cli;

import ballflight.engine.FlightSimulator;
import ballflight.model.InputException;
import ballflight.service.FlightService;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballflight serve}: the flight engine behind an HTTP/1.1 JSON API, with concurrent
 * requests coalesced into kernel batches by a shared {@link FlightService}. Runs until stopped
 * (Ctrl-C / SIGTERM), then answers what is queued and exits.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Serve the flight engine over HTTP: POST /v1/fly, GET /v1/info, /healthz, /metrics, and a page at /.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (0 = any free). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--max-batch", paramLabel = "N", defaultValue = "4096",
            description = "Most flights per kernel batch (1 to 4096). Default: ${DEFAULT-VALUE}.")
    int maxBatch;

    @Option(names = "--max-wait-us", paramLabel = "U", defaultValue = "0",
            description = "Longest a request waits for others to share its batch, microseconds (0 to 1000000);"
                    + " 0 = batch only what is already queued. Default: ${DEFAULT-VALUE}.")
    long maxWaitMicros;

    @Option(names = "--workers", paramLabel = "T", description = "Flight worker threads (default: all cores).")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "65536",
            description = "Most flights queued at once; more are answered 503 (1 to 10000000). Default: ${DEFAULT-VALUE}.")
    int queueCapacity;

    /** Counted down by {@link #stop()} (tests) or the shutdown hook. */
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile FlightHttpServer running;

    @Override
    public Integer call() throws IOException, InterruptedException {
        check("--port", "port", port, 0, 65_535);
        int threads = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        check("--workers", "workers", threads, 1, 256);
        check("--max-batch", "max_batch", maxBatch, 1, FlightSimulator.CHUNK);
        check("--max-wait-us", "max_wait_us", maxWaitMicros, 0, 1_000_000);
        check("--queue", "queue", queueCapacity, 1, 10_000_000);
        InetSocketAddress address = address();
        FlightSimulator.Builder simulators = simulation.builder();
        FlightService service = FlightService.builder().simulators(simulators::build).workers(threads)
                .maxBatch(maxBatch).maxWaitMicros(maxWaitMicros).queueCapacity(queueCapacity).build();
        FlightSimulator.Builder withPath = simulation.builder().recordPath(1_000, 0.05);
        FlightService pathService = FlightService.builder().simulators(withPath::build).workers(1).maxBatch(1)
                .queueCapacity(1_024).build();
        PrintWriter err = spec.commandLine().getErr();
        ParksEndpoint parks = new ParksEndpoint(simulators::build, threads, ServeLimits.DEFAULT);
        FlightHttpServer server;
        try {
            server = new FlightHttpServer(address, service, pathService, parks, ServeLimits.DEFAULT, err);
        } catch (IOException e) {
            service.close();
            pathService.close();
            parks.close();
            throw new InputException("port", "--port: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        }
        running = server;
        Thread hook = new Thread(stopped::countDown, "ballflight-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        server.start();
        err.println(service.backendReason());
        err.printf("serving on http://%s:%d (%d workers, max batch %d, max wait %d us); Ctrl-C stops%n",
                address.getAddress().getHostAddress(), server.port(), threads, maxBatch, maxWaitMicros);
        err.flush();
        try {
            stopped.await();
        } finally {
            server.close();
            err.println("serve: stopped; " + service.metrics().completed() + " flights answered");
            err.flush();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is what stopped us
            }
        }
        return ExitCodes.OK;
    }

    /** The port actually bound, once serving (tests pass --port 0); -1 before. */
    int boundPort() {
        FlightHttpServer s = running;
        return s == null ? -1 : s.port();
    }

    /** Stops a running {@link #call()} as Ctrl-C would. */
    void stop() {
        stopped.countDown();
    }

    private InetSocketAddress address() {
        try {
            return new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            throw new InputException("bind", "--bind: '" + bind + "' is not an address of this machine");
        }
    }

    private static void check(String option, String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InputException(field, option + ": " + field + " = " + value + " is out of range: allowed " + min
                    + " to " + max);
        }
    }
}
