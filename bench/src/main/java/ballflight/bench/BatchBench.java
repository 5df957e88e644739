package ballflight.bench;

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
 * Why: batch throughput decides whether the native path is worth keeping. One op = one kernel
 * call on a batch of {@code batchSize} flights of the seeded realistic spread ({@link Flights#spread});
 * the score is time per batch, so per-flight figures are score ÷ batchSize (the report does the
 * division; @OperationsPerInvocation cannot follow a @Param). Contenders: the scalar Java kernel
 * (1 thread), java-parallel (all cores), java-simd (Vector API lanes, 1 thread), java-simd-parallel
 * (all cores), native on 1 thread and on all cores. Each is built explicitly and its results are
 * compared bit for bit with the scalar Java kernel after the run.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -jar bench/target/benchmarks.jar BatchBench -p batchSize=256}
 * (add {@code -prof gc}: gc.alloc.rate.norm is the allocation per batch call).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.NATIVE_ACCESS, ForkFlags.UNSAFE, ForkFlags.VECTOR_API})
public class BatchBench {

    @Param({"java", "java-parallel", "java-simd", "java-simd-parallel", "native-1", "native-all"})
    public String contender;

    @Param({"ACCURATE", "EXTREME"})
    public SimulationMode mode;

    @Param({"16", "256", "4096", "65536"})
    public int batchSize;

    private FlightKernel kernel;
    private List<FlightRequest> requests;
    private FlightBatch batch;
    private KernelParams params;

    @Setup(Level.Trial)
    public void setUp() {
        kernel = Kernels.create(contender);
        params = KernelParams.of(AeroParameters.NATHAN, mode.dtSeconds());
        requests = Flights.spread(batchSize);
        batch = Kernels.batchOf(requests);
    }

    /** The known answer, checked on the memory the benchmark actually wrote. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Kernels.checkAndClose(contender, kernel, requests, batch, params, 32);
    }

    @Benchmark
    public double integrate() {
        kernel.integrate(batch, params, null);
        return batch.get(BatchColumn.T_END, batchSize - 1);
    }
}
