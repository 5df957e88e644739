package ballflight.bench;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.SimulationMode;
import ballflight.kernel.Stepping;
import ballflight.model.AeroParameters;
import ballflight.model.FlightRequest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Why: tolerance stepping against the fixed modes in one run (the machine is shared, so the
 * ratios are what counts): one flight per call (the reference batted ball, a 90 mph pitch) and
 * the realistic {@link Flights#spread} batch. The set-up prints the steps per flight, so the
 * gain shows as fewer steps rather than a faster clock (ns per step = score / steps).
 *
 * <p>Run (single flights on one core, the batch on all cores as auto runs it):
 * {@code java --enable-native-access=ALL-UNNAMED -jar bench/target/benchmarks.jar ToleranceBench -f 1 -wi 3 -i 5
 * -p flight=batted,pitch -p contender=java,native}, then {@code -p flight=4096 -p contender=java-parallel,native-all}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.NATIVE_ACCESS, ForkFlags.UNSAFE, ForkFlags.VECTOR_API})
public class ToleranceBench {
    /** A fixed mode by name, or a tolerance in feet. */
    @Param({"accurate", "extreme", "0.001", "0.01", "0.1"})
    public String stepping;

    /** {@code batted}, {@code pitch}, or a batch of that many spread flights. */
    @Param({"batted", "pitch", "4096"})
    public String flight;

    @Param({"java", "native", "java-parallel", "native-all"})
    public String contender;

    private FlightKernel kernel;
    private FlightBatch batch;
    private KernelParams params;
    private List<FlightRequest> requests;

    @Setup(Level.Trial)
    public void setUp() {
        kernel = Kernels.create(contender);
        params = stepping(stepping).params(AeroParameters.NATHAN);
        requests = switch (flight) {
            case "batted" -> List.of(Flights.battedBall());
            case "pitch" -> List.of(Flights.pitch());
            default -> Flights.spread(Integer.parseInt(flight));
        };
        batch = Kernels.batchOf(requests);
        long[] before = JavaFlightKernel.toleranceStepCounts();
        new JavaFlightKernel().integrate(batch, params, null);
        long[] after = JavaFlightKernel.toleranceStepCounts();
        double steps = 0;
        for (int i = 0; i < requests.size(); i++) {
            steps += Math.ceil(batch.get(BatchColumn.T_END, i) / params.dtSeconds() - 1e-9);
        }
        String what = params.toleranceStepping()
                ? String.format(Locale.ROOT, "%.1f accepted + %.1f rejected steps (%.0f evaluations)",
                        (double) (after[0] - before[0]) / requests.size(), (double) (after[1] - before[1]) / requests.size(),
                        (6.0 * (after[0] - before[0] + after[1] - before[1]) + requests.size()) / requests.size())
                : String.format(Locale.ROOT, "%.1f steps (%.0f evaluations)", steps / requests.size(),
                        4 * steps / requests.size());
        System.out.println("steps per flight, " + stepping + " " + flight + ": " + what);
    }

    static Stepping stepping(String text) {
        return Character.isDigit(text.charAt(0)) ? Stepping.parseTolerance(text)
                : Stepping.fixed(SimulationMode.parse(text));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Kernels.checkAndClose(contender, kernel, requests, batch, params, 32);
    }

    @Benchmark
    public double fly() {
        kernel.integrate(batch, params, null);
        return batch.get(BatchColumn.T_END, requests.size() - 1);
    }
}
