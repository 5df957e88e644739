package ballflight.bench;

import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.FlightRequest;
import java.util.List;
import java.util.Locale;

/**
 * One fresh-JVM time to result: {@code ColdRun CONTENDER MODE FLIGHTS} flies the first
 * {@code FLIGHTS} of the seeded spread with one contender, in kernel calls of up to
 * {@value #CALL} flights (as {@code FlightSimulator} does), and prints the seconds from the start of
 * {@code main} to the last result: kernel set-up (the native library load), class loading and JIT
 * warm-up included. {@link ColdSuite} starts one JVM per measurement.
 */
public final class ColdRun {
    /** Flights per kernel call. */
    static final int CALL = 4096;
    /** The line prefix {@link ColdSuite} reads. */
    static final String PREFIX = "cold-seconds ";

    private ColdRun() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        String contender = args[0];
        SimulationMode mode = SimulationMode.valueOf(args[1].toUpperCase(Locale.ROOT));
        int flights = Integer.parseInt(args[2]);
        FlightKernel kernel = Kernels.create(contender);
        KernelParams params = KernelParams.of(AeroParameters.NATHAN, mode.dtSeconds());
        List<FlightRequest> spread = Flights.spread(flights);
        for (int from = 0; from < flights; from += CALL) {
            try (FlightBatch batch = Kernels.batchOf(spread.subList(from, Math.min(flights, from + CALL)))) {
                kernel.integrate(batch, params, null);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(PREFIX + String.format(Locale.ROOT, "%.6f", seconds));
        System.exit(0); // the parallel contenders' pools would keep the JVM alive
    }
}
