package ballflight.bench;

import ballflight.engine.BatchCodec;
import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.DragModel;
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
 * Why: do lookup tables pay? The same ACCURATE reference batted ball (100 mph, 28°, 1800 rpm) on
 * each drag model: Nathan's cheap formula, the drag-crisis law in exact form (an exp per
 * acceleration) and its bilinear table. One op = one single-flight kernel call. The report turns
 * crisis / crisis-table into the verdict's {@code tables} section.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -jar bench/target/benchmarks.jar ModelBench
 * -wi 2 -i 3 -w 1 -r 1 -f 1}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.NATIVE_ACCESS, ForkFlags.UNSAFE})
public class ModelBench {

    @Param({"java", "native"})
    public String backend;

    @Param({"nathan", "crisis", "crisis-table"})
    public String model;

    private FlightKernel kernel;
    private FlightBatch batch;
    private KernelParams params;

    @Setup(Level.Trial)
    public void setUp() {
        kernel = Kernels.create(backend);
        AeroParameters aero = AeroParameters.of(DragModel.parse(model));
        params = KernelParams.of(aero, SimulationMode.ACCURATE.dtSeconds());
        batch = FlightBatch.allocate(1);
        BatchCodec.encode(Flights.battedBall(), aero, batch, 0);
        batch.setSize(1);
        kernel.integrate(batch, params, null);
        Kernels.checkAgainstJava(backend, List.of(Flights.battedBall()), batch, params, 1);
        double ft = Units.metresToFeet(Math.hypot(batch.get(BatchColumn.X_END, 0), batch.get(BatchColumn.Y_END, 0)));
        if (ft < 380 || ft > 440) {
            throw new IllegalStateException(backend + " " + model + " flew the reference ball " + ft + " ft");
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
