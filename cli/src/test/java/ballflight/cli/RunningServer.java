package ballflight.cli;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.service.FlightService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A {@link FlightHttpServer} on a free loopback port (Java kernel, EXTREME mode) and a client for it. */
final class RunningServer implements AutoCloseable {
    static final FlightSimulator.Builder SIMULATOR = FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME);

    final FlightHttpServer server;
    final StringWriter log = new StringWriter();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RunningServer(ServeLimits limits) throws IOException {
        FlightService service = FlightService.builder().simulators(SIMULATOR::build).workers(2).maxBatch(64).build();
        FlightSimulator.Builder withPath = FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME)
                .recordPath(1_000, 0.05);
        FlightService paths = FlightService.builder().simulators(withPath::build).workers(1).maxBatch(1).build();
        ParksEndpoint parks = new ParksEndpoint(SIMULATOR::build, 2, limits);
        server = new FlightHttpServer(new InetSocketAddress("127.0.0.1", 0), service, paths, parks, limits,
                new PrintWriter(log, true));
        server.start();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> send(String method, String pathAndQuery, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}
