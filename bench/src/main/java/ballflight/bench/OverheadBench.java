package ballflight.bench;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.Atmosphere;
import ballflight.model.FlightRequest;
import ballflight.model.InitialState;
import ballflight.model.Wind;
import ballflight.nativekernel.NativeFlightKernel;
import java.util.Collections;
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
 * Why: the native path pays a fixed cost per call (validation in Java, the params struct, the
 * downcall) that Java does not. {@code emptyDowncall} is the bare FFM round trip (the library's
 * thread-count query). {@code oneStepFlights} flies a batch of balls that land within their first
 * ACCURATE step (dropped from 1 mm at 10 m/s), so the call costs almost nothing but overhead: at
 * batchSize 1 it is the fixed cost of one call, at 4096 the cost of handing one batch across the
 * boundary (the batch is never copied, but it is validated). Compare with a single-flight call
 * ({@link SingleFlightBench}): the target is a downcall under 1 % of one flight.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -jar bench/target/benchmarks.jar OverheadBench}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.NATIVE_ACCESS, ForkFlags.UNSAFE, ForkFlags.VECTOR_API})
public class OverheadBench {

    @Param({"java", "native-1"})
    public String contender;

    @Param({"1", "4096"})
    public int batchSize;

    private FlightKernel kernel;
    private FlightBatch batch;
    private KernelParams params;
    private List<FlightRequest> requests;

    @Setup(Level.Trial)
    public void setUp() {
        kernel = Kernels.create(contender);
        params = KernelParams.of(AeroParameters.NATHAN, SimulationMode.ACCURATE.dtSeconds());
        FlightRequest drop = new FlightRequest(new InitialState(0, 0, 0.001, 0, 0, -10, 0, 0, 0),
                Atmosphere.STANDARD, Wind.CALM, null, Double.NaN);
        requests = Collections.nCopies(batchSize, drop);
        batch = Kernels.batchOf(requests);
        kernel.integrate(batch, params, null);
        double t = batch.get(BatchColumn.T_END, 0);
        if (!(t > 0 && t <= params.dtSeconds())) {
            throw new IllegalStateException("the drop should land within one step, landed at t = " + t);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Kernels.checkAgainstJava(contender, requests, batch, params, 4);
        batch.close();
    }

    @Benchmark
    public double oneStepFlights() {
        kernel.integrate(batch, params, null);
        return batch.get(BatchColumn.T_END, batchSize - 1);
    }

    /** The bare downcall; only meaningful for the native contender (Java has no boundary to cross). */
    @Benchmark
    public int emptyDowncall() {
        return kernel instanceof NativeFlightKernel n ? n.threadCount() : 0;
    }
}
