package ballflight.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.engine.BatchCodec;
import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.PathBuffer;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.Atmosphere;
import ballflight.model.Fence;
import ballflight.model.FlightRequest;
import ballflight.model.InitialState;
import ballflight.model.Launch;
import ballflight.model.Wind;
import ballflight.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The parallel kernel gives the scalar kernel's bits, for every flight, thread count and batch size. */
class ParallelJavaKernelTest {
    private static final int PATH_SAMPLES = 40;
    private static final int PATH_STRIDE = 25;

    @ParameterizedTest(name = "{0} threads, {1} flights, {2}")
    @CsvSource({
        "2, 1, ACCURATE", "2, 7, EXTREME", "2, 8, EXTREME", "2, 9, FAST", "2, 500, EXTREME",
        "3, 129, ULTRA_FAST", "4, 1000, EXTREME", "4, 64, ACCURATE", "7, 300, FAST",
    })
    void sameBitsAsTheScalarKernel(int threads, int flights, SimulationMode mode) {
        List<FlightRequest> requests = mix(flights, 1000L * threads + flights);
        KernelParams params = KernelParams.of(AeroParameters.NATHAN, mode.dtSeconds());
        try (ParallelJavaKernel parallel = new ParallelJavaKernel(threads);
             FlightBatch expected = filled(requests);
             FlightBatch actual = filled(requests);
             PathBuffer expectedPath = PathBuffer.allocate(flights, PATH_SAMPLES, PATH_STRIDE);
             PathBuffer actualPath = PathBuffer.allocate(flights, PATH_SAMPLES, PATH_STRIDE)) {
            new JavaFlightKernel().integrate(expected, params, expectedPath);
            // Twice: the second call reuses the pool and scratch batches of the first.
            parallel.integrate(actual, params, actualPath);
            parallel.integrate(actual, params, actualPath);
            assertSameBits(expected, actual, expectedPath, actualPath, flights);
        }
    }

    @Test
    void manyCallersAtOnceStillGetTheScalarBits() throws Exception {
        List<FlightRequest> requests = mix(200, 99);
        KernelParams params = KernelParams.of(AeroParameters.NATHAN, SimulationMode.EXTREME.dtSeconds());
        try (ParallelJavaKernel parallel = new ParallelJavaKernel(2); FlightBatch expected = filled(requests)) {
            new JavaFlightKernel().integrate(expected, params, null);
            List<Thread> callers = new ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int k = 0; k < 4; k++) {
                Thread t = new Thread(() -> {
                    try (FlightBatch actual = filled(requests)) {
                        for (int rep = 0; rep < 5; rep++) {
                            parallel.integrate(actual, params, null);
                            assertSameBits(expected, actual, null, null, requests.size());
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                callers.add(t);
                t.start();
            }
            for (Thread t : callers) {
                t.join();
            }
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void badInputNamesTheFlightAndColumnLikeTheScalarKernel() {
        List<FlightRequest> requests = mix(100, 5);
        KernelParams params = KernelParams.of(AeroParameters.NATHAN, SimulationMode.EXTREME.dtSeconds());
        try (ParallelJavaKernel parallel = new ParallelJavaKernel(2); FlightBatch batch = filled(requests)) {
            batch.set(BatchColumn.VX, 73, Double.NaN);
            assertThatThrownBy(() -> parallel.integrate(batch, params, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("flight 73: vx = NaN must be finite");
        }
    }

    @Test
    void threadCountOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> new ParallelJavaKernel(0)).hasMessage(
                "java-parallel threads = 0 is out of range: allowed 1 to 1024");
    }

    private static FlightBatch filled(List<FlightRequest> requests) {
        FlightBatch b = FlightBatch.allocate(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            BatchCodec.encode(requests.get(i), AeroParameters.NATHAN, b, i);
        }
        b.setSize(requests.size());
        return b;
    }

    /** Batted balls (some with fences, wind and shear) and pitches that stop at the plate. */
    private static List<FlightRequest> mix(int n, long seed) {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        List<FlightRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            FlightRequest r;
            if (rng.nextInt(4) == 0) {
                double speed = Units.mphToMps(rng.nextDouble(70, 100));
                r = new FlightRequest(new InitialState(0, Units.feetToMetres(55), Units.feetToMetres(6), 0, -speed,
                        rng.nextDouble(-4, 1), rng.nextDouble(-250, 250), rng.nextDouble(-250, 250), 0),
                        Atmosphere.STANDARD, Wind.CALM, null, 1.417);
            } else {
                r = FlightRequest.of(new Launch(rng.nextDouble(30, 120), rng.nextDouble(-20, 70),
                        rng.nextDouble(-45, 45), rng.nextDouble(-1000, 3500), rng.nextDouble(-1500, 1500), 3));
                if (rng.nextBoolean()) {
                    r = r.withFence(new Fence(rng.nextDouble(300, 420), rng.nextDouble(8, 30)));
                }
                r = r.withWind(rng.nextBoolean() ? Wind.of(rng.nextDouble(0, 20), rng.nextDouble(-180, 180))
                        : new Wind(rng.nextDouble(0, 20), rng.nextDouble(-180, 180), 0.2, 30));
            }
            out.add(r);
        }
        return out;
    }

    private static void assertSameBits(FlightBatch expected, FlightBatch actual, PathBuffer expectedPath,
                                       PathBuffer actualPath, int n) {
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < BatchColumn.COUNT; c++) {
                assertThat(Double.doubleToRawLongBits(actual.get(c, i))).as("flight %d column %s", i,
                        BatchColumn.name(c)).isEqualTo(Double.doubleToRawLongBits(expected.get(c, i)));
            }
            if (expectedPath != null) {
                int samples = (int) expected.get(BatchColumn.PATH_COUNT, i);
                assertThat(samples).as("flight %d path samples", i).isGreaterThan(1);
                for (int k = 0; k < samples; k++) {
                    for (int f = 0; f < PathBuffer.FIELDS; f++) {
                        assertThat(Double.doubleToRawLongBits(actualPath.get(i, k, f)))
                                .as("flight %d sample %d field %d", i, k, f)
                                .isEqualTo(Double.doubleToRawLongBits(expectedPath.get(i, k, f)));
                    }
                }
            }
        }
    }
}
