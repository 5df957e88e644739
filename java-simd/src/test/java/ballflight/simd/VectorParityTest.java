package ballflight.simd;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.PathBuffer;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.DragModel;
import ballflight.model.EndReason;
import java.util.EnumSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * java-simd must give the scalar Java kernel's bits: every output column and every path sample
 * of every flight, compared as raw bits. No exceptions were needed: the lanes repeat the scalar
 * operations in the same order without FMA, sqrt is IEEE-exact in both, and the deterministic
 * pow's exponent steps are exact bit operations (or the scalar pow for out-of-range lanes).
 */
class VectorParityTest {
    private static final JavaFlightKernel SCALAR = new JavaFlightKernel();
    private static final VectorFlightKernel SIMD = new VectorFlightKernel();

    /** The kernel held to the scalar bits; subclasses test wrappers of java-simd. */
    protected FlightKernel kernel() {
        return SIMD;
    }

    /** Flights per case: 4 modes x 2 models x 3 variants x 250 = 6,000 flights in all. */
    private static final int FLIGHTS = 250;

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> s = Stream.builder();
        for (SimulationMode mode : SimulationMode.values()) {
            for (DragModel model : DragModel.values()) {
                // Full flights without a path; paths with a stride; a short time limit with a tight path.
                s.add(Arguments.of(mode, model, KernelParams.DEFAULT_MAX_TIME_SECONDS, 0, 1));
                s.add(Arguments.of(mode, model, KernelParams.DEFAULT_MAX_TIME_SECONDS, 40, 7));
                s.add(Arguments.of(mode, model, 1.3, 5, 1));
            }
        }
        return s.build();
    }

    @ParameterizedTest(name = "{0} {1} limit {2} s, path {3} samples every {4} steps")
    @MethodSource("cases")
    void sameBitsAsTheScalarKernel(SimulationMode mode, DragModel model, double maxTimeSeconds, int pathSamples,
                                   int stride) {
        KernelParams params = KernelParams.of(AeroParameters.of(model), mode.dtSeconds(), maxTimeSeconds);
        long seed = 31L * mode.ordinal() + 7L * model.ordinal() + (long) (maxTimeSeconds * 10) + pathSamples;
        Set<EndReason> reasons = assertParity(params, seed, FLIGHTS, pathSamples, stride);
        // The spread must reach the branches it is meant to reach.
        assertThat(reasons).contains(EndReason.PLANE);
        assertThat(reasons).contains(maxTimeSeconds < 2 ? EndReason.TIMEOUT : EndReason.GROUND);
    }

    /** Tolerance stepping runs on the scalar kernel for java-simd too: the same bits, paths included. */
    @ParameterizedTest(name = "tolerance {0} ft, limit {1} s")
    @org.junit.jupiter.params.provider.CsvSource({"0.001, 15", "0.01, 15", "0.1, 15", "0.01, 1.3"})
    void toleranceSteppingGivesTheScalarBits(double toleranceFt, double maxTimeSeconds) {
        KernelParams params = KernelParams.of(AeroParameters.NATHAN, 0.01, maxTimeSeconds).withToleranceFt(toleranceFt);
        Set<EndReason> reasons = assertParity(params, 4242, FLIGHTS, 40, 7);
        assertThat(reasons).contains(EndReason.PLANE);
    }

    /** Fewer flights than lanes, and counts that leave a partial last group. */
    @Test
    void smallAndRaggedBatches() {
        KernelParams params = KernelParams.of(AeroParameters.NATHAN, SimulationMode.FAST.dtSeconds());
        for (int n = 1; n <= 2 * VectorFlightKernel.lanes() + 1; n++) {
            assertParity(params, 1000 + n, n, 3, 5);
        }
    }

    /**
     * Arguments far outside realistic flights, where the vector pow cannot use its exact bit
     * steps (|2^n| beyond one scalb multiplication, subnormal ratios) and falls back lane by lane
     * to the scalar pow: still the same bits.
     */
    @Test
    void extremeShearAndCrisisFallBackToTheScalarPowAndKeepTheBits() {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(99);
        try (FlightBatch b = RandomFlights.batch(rng, 64)) {
            for (int i = 0; i < b.size(); i++) {
                b.set(BatchColumn.WIND_X, i, 5.0);
                b.set(BatchColumn.SHEAR_EXPONENT, i, i % 2 == 0 ? 200.0 : 0.3);
                b.set(BatchColumn.SHEAR_REFERENCE_HEIGHT, i, i % 4 == 0 ? 1e-300 : i % 4 == 1 ? 1e6 : 10.0);
            }
            KernelParams nathan = KernelParams.of(AeroParameters.NATHAN, SimulationMode.EXTREME.dtSeconds());
            compare(b, nathan, null);
            KernelParams base = KernelParams.of(AeroParameters.CRISIS, SimulationMode.EXTREME.dtSeconds());
            // A crisis 1e-3 m/s wide: 2^((V - Vc) * scale) leaves the exact range at every step.
            KernelParams sharpCrisis = new KernelParams(base.dtSeconds(), base.maxSteps(), base.gravity(), base.radius(),
                    base.cd0(), base.cdSpinPerRadPerS(), base.cl0(), base.cl1(), base.cl2(), base.decayHalfStep(),
                    base.decayFullStep(), base.shearMinHeight(), base.dragModel(), base.crisisCdDelta(),
                    base.crisisSpeed(), 1.4426950408889634 / 1e-3);
            compare(b, sharpCrisis, null);
        }
    }

    private Set<EndReason> assertParity(KernelParams params, long seed, int n, int pathSamples, int stride) {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        try (FlightBatch batch = RandomFlights.batch(rng, n);
             PathBuffer path = pathSamples > 0 ? PathBuffer.allocate(n, pathSamples, stride) : null) {
            return compare(batch, params, path);
        }
    }

    /** Flies {@code batch} (inputs only) with both kernels and fails at the first differing bit. */
    private Set<EndReason> compare(FlightBatch batch, KernelParams params, PathBuffer simdPath) {
        Set<EndReason> reasons = EnumSet.noneOf(EndReason.class);
        int n = batch.size();
        try (FlightBatch expected = RandomFlights.copyInputs(batch);
             PathBuffer scalarPath = simdPath == null ? null
                     : PathBuffer.allocate(n, simdPath.samplesPerFlight(), simdPath.strideSteps())) {
            SCALAR.integrate(expected, params, scalarPath);
            kernel().integrate(batch, params, simdPath);
            for (int i = 0; i < n; i++) {
                for (int c = BatchColumn.INPUT_COUNT; c < BatchColumn.COUNT; c++) {
                    assertSameBits(expected.get(c, i), batch.get(c, i), "flight " + i + " " + BatchColumn.name(c),
                            expected, i);
                }
                reasons.add(EndReason.ofCode(expected.get(BatchColumn.END_REASON, i)));
                if (simdPath != null) {
                    int samples = (int) expected.get(BatchColumn.PATH_COUNT, i);
                    for (int k = 0; k < samples; k++) {
                        for (int f = 0; f < PathBuffer.FIELDS; f++) {
                            assertSameBits(scalarPath.get(i, k, f), simdPath.get(i, k, f),
                                    "flight " + i + " path sample " + k + " field " + f, expected, i);
                        }
                    }
                }
            }
        }
        return reasons;
    }

    private void assertSameBits(double expected, double actual, String where, FlightBatch inputs, int i) {
        if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
            StringBuilder in = new StringBuilder();
            for (int c = 0; c < BatchColumn.INPUT_COUNT; c++) {
                in.append(' ').append(BatchColumn.name(c)).append('=').append(inputs.get(c, i));
            }
            throw new AssertionError(where + ": " + kernel().name() + " " + actual + " (" + Double.doubleToRawLongBits(actual)
                    + "), java " + expected + " (" + Double.doubleToRawLongBits(expected) + "); inputs:" + in);
        }
    }
}
