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
 * Why: the kernel is the engine's hot path; this measures one kernel call on a batch of the
 * seeded batted-ball spread, per backend and mode, so Java and native are compared on the same
 * memory. Each backend is constructed explicitly (never through auto selection) and checked
 * against a known answer in setup, so a broken fast path cannot look fast.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -jar bench/target/benchmarks.jar KernelBench}
 * (add {@code -prof gc} to see the allocation per call).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class KernelBench {

    @Param({"java", "native"})
    public String backend;

    @Param({"ACCURATE", "EXTREME"})
    public SimulationMode mode;

    @Param({"16", "256"})
    public int batchSize;

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
        List<FlightRequest> requests = BattedBallSpread.of(batchSize);
        batch = FlightBatch.allocate(batchSize);
        for (int i = 0; i < batchSize; i++) {
            BatchCodec.encode(requests.get(i), AeroParameters.NATHAN, batch, i);
        }
        batch.setSize(batchSize);
        FlightKernel reference = BackendSelector.javaKernel();
        reference.integrate(batch, params, null);
        double expected = batch.get(BatchColumn.X_END, 0);
        kernel.integrate(batch, params, null);
        if (Double.doubleToRawLongBits(batch.get(BatchColumn.X_END, 0)) != Double.doubleToRawLongBits(expected)) {
            throw new IllegalStateException(backend + " disagrees with the Java kernel on flight 0");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        batch.close();
    }

    /** One op = one kernel call on the whole batch; divide by batchSize for time per flight. */
    @Benchmark
    public double integrateBatch() {
        kernel.integrate(batch, params, null);
        return batch.get(BatchColumn.T_END, batchSize - 1);
    }
}
