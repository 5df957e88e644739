package ballflight.bench;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.EndReason;
import ballflight.model.FlightRequest;
import ballflight.units.Units;
import java.util.List;
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
 * Why: the at-bat case flies one ball at a time (one pitch, one batted ball), so per-call latency
 * matters as much as batch throughput; it is also where a downcall's fixed cost shows. One op =
 * one kernel call on a reused batch of one flight (the API's path), so the score is the latency
 * of one flight. Targets: an ACCURATE batted ball under 250 µs, a pitch under 25 µs.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -jar bench/target/benchmarks.jar SingleFlightBench}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.NATIVE_ACCESS, ForkFlags.UNSAFE, ForkFlags.VECTOR_API})
public class SingleFlightBench {
    /** Reference ball: Nathan's calculator gives about 409 ft. */
    private static final double BATTED_DISTANCE_FT = 409.2;
    private static final double BATTED_TOLERANCE_FT = 1.0;

    @Param({"java", "java-simd", "native"})
    public String backend;

    @Param({"ACCURATE", "FAST", "ULTRA_FAST", "EXTREME"})
    public SimulationMode mode;

    @Param({"batted", "pitch"})
    public String flight;

    private FlightKernel kernel;
    private FlightBatch batch;
    private KernelParams params;

    @Setup(Level.Trial)
    public void setUp() {
        kernel = Kernels.create(backend);
        params = KernelParams.of(AeroParameters.NATHAN, mode.dtSeconds());
        FlightRequest request = "pitch".equals(flight) ? Flights.pitch() : Flights.battedBall();
        batch = Kernels.batchOf(List.of(request));
        kernel.integrate(batch, params, null);
        Kernels.checkAgainstJava(backend, List.of(request), batch, params, 1);
        if ("pitch".equals(flight)) {
            double yFt = Units.metresToFeet(batch.get(BatchColumn.Y_END, 0));
            double t = batch.get(BatchColumn.T_END, 0);
            if (batch.get(BatchColumn.END_REASON, 0) != EndReason.PLANE.code() || Math.abs(yFt - Flights.PLATE_FRONT_FT) > 1e-6
                    || t < 0.38 || t > 0.46) {
                throw new IllegalStateException(backend + " flew the pitch to y = " + yFt + " ft in " + t + " s");
            }
        } else {
            double ft = Units.metresToFeet(Math.hypot(batch.get(BatchColumn.X_END, 0), batch.get(BatchColumn.Y_END, 0)));
            if (Math.abs(ft - BATTED_DISTANCE_FT) > BATTED_TOLERANCE_FT) {
                throw new IllegalStateException(backend + " flew the reference ball " + ft + " ft");
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        batch.close();
    }

    @Benchmark
    public double fly() {
        kernel.integrate(batch, params, null);
        return batch.get(BatchColumn.T_END, 0);
    }
}
