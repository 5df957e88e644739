package ballflight.bench;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.model.FlightRequest;
import ballflight.model.Launch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kernel's share of {@code fly --input}: flies the rows of a five-column input file (ev, la,
 * spray, backspin, sidespin) through {@link FlightSimulator#flyAll} in the stream's chunks, with
 * no parsing or writing in the timed part, {@code passes} times in one process (the first passes
 * include the warm-up the stream also pays). {@code scripts/stream-overhead.sh} subtracts it from
 * the end-to-end time of a file of that many copies of the rows.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -cp bench/target/benchmarks.jar
 * ballflight.bench.KernelShare FILE PASSES [auto|java|native] [mode]}
 */
public final class KernelShare {
    /** Rows per chunk of the stream (one kernel call, as {@code fly --input}). */
    private static final int CHUNK_ROWS = FlightSimulator.CHUNK;

    private KernelShare() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: KernelShare FILE PASSES [auto|java|native] [accurate|fast|ultra_fast|extreme]");
            System.exit(2);
        }
        List<FlightRequest> requests = read(Path.of(args[0]));
        int passes = Integer.parseInt(args[1]);
        Backend backend = Backend.parse(args.length > 2 ? args[2] : "auto");
        SimulationMode mode = SimulationMode.valueOf((args.length > 3 ? args[3] : "extreme").toUpperCase(Locale.ROOT));
        FlightSimulator sim = FlightSimulator.builder().backend(backend).mode(mode).build();
        long total = 0;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            for (int i = 0; i < requests.size(); i += CHUNK_ROWS) {
                sim.flyAll(requests.subList(i, Math.min(requests.size(), i + CHUNK_ROWS)));
            }
            total += System.nanoTime() - start;
        }
        System.out.printf(Locale.ROOT, "kernel share: %d flights in %.2f s (%.3f us a flight)%n",
                (long) passes * requests.size(), total / 1e9, total / 1e3 / ((double) passes * requests.size()));
    }

    private static List<FlightRequest> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<FlightRequest> requests = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            requests.add(FlightRequest.of(new Launch(Double.parseDouble(c[0]), Double.parseDouble(c[1]),
                    Double.parseDouble(c[2]), Double.parseDouble(c[3]), Double.parseDouble(c[4]),
                    Launch.DEFAULT_CONTACT_HEIGHT_FT)));
        }
        return requests;
    }
}
