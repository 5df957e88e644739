package ballflight.bench;

import ballflight.backend.BackendSelector;
import ballflight.engine.BatchCodec;
import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.FlightRequest;
import ballflight.model.Launch;
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
 * Why: the at-bat case flies one ball at a time, so per-call latency matters as much as batch
 * throughput. Measures the reference ball (100 mph, 28 deg, 1800 rpm, 5.24 s of flight) through
 * one kernel call per backend and mode, on a reused batch of one (the API's path).
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -jar bench/target/benchmarks.jar SingleFlightBench}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class SingleFlightBench {
    /** Known answer for the reference ball (Nathan's calculator gives ~409 ft). */
    private static final double EXPECTED_DISTANCE_M = 124.7;

    @Param({"java", "native"})
    public String backend;

    @Param({"ACCURATE", "FAST", "ULTRA_FAST", "EXTREME"})
    public SimulationMode mode;

    private FlightKernel kernel;
    private FlightBatch batch;
    private KernelParams params;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        kernel = "java".equals(backend) ? BackendSelector.javaKernel() : BackendSelector.nativeKernel();
        if (!kernel.name().equals(backend)) {
            throw new IllegalStateException("asked for " + backend + ", got " + kernel.name());
        }
        params = KernelParams.of(AeroParameters.NATHAN, mode.dtSeconds());
        batch = FlightBatch.allocate(1);
        BatchCodec.encode(FlightRequest.of(Launch.of(100, 28).withBackspinRpm(1800)), AeroParameters.NATHAN, batch, 0);
        batch.setSize(1);
        kernel.integrate(batch, params, null);
        double distance = Math.hypot(batch.get(BatchColumn.X_END, 0), batch.get(BatchColumn.Y_END, 0));
        if (Math.abs(distance - EXPECTED_DISTANCE_M) > 0.5) {
            throw new IllegalStateException(backend + " flew the reference ball " + distance + " m");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        batch.close();
    }

    @Benchmark
    public double flyReferenceBall() {
        kernel.integrate(batch, params, null);
        return batch.get(BatchColumn.T_END, 0);
    }
}
