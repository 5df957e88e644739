package ballflight.simd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ballflight.engine.BatchCodec;
import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.SimulationMode;
import ballflight.kernel.spi.KernelUnavailableException;
import ballflight.model.AeroParameters;
import ballflight.model.Atmosphere;
import ballflight.model.Fence;
import ballflight.model.FlightRequest;
import ballflight.model.InputException;
import ballflight.model.InputField;
import ballflight.model.Launch;
import ballflight.model.Wind;
import ballflight.nativekernel.NativeKernelProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;

/**
 * Random {@link FlightRequest}s across and beyond every input range: each is either refused with
 * an {@link InputException} naming its field, or flies to finite results with identical bits on
 * java, java-simd and native (native is skipped only when the library is absent and not required).
 */
class FlightRequestPropertyTest {
    private static final FlightKernel JAVA = new JavaFlightKernel();
    private static final FlightKernel SIMD = new VectorFlightKernel();
    private static final FlightKernel NATIVE = nativeKernel();

    private static FlightKernel nativeKernel() {
        try {
            return NativeKernelProvider.kernel();
        } catch (KernelUnavailableException e) {
            if (Boolean.getBoolean("ballflight.native.required")) {
                throw new IllegalStateException("native library required but unavailable: " + e.getMessage(), e);
            }
            return null;
        }
    }

    /** Raw numbers for one request, before any validation. */
    record Raw(double[] launch, double[] air, double[] wind, double[] fence) {
    }

    /** Values inside the field's range, its bounds included. */
    private static Arbitrary<Double> inside(InputField f) {
        return Arbitraries.oneOf(Arbitraries.doubles().between(f.min(), f.max()),
                Arbitraries.of(f.min(), f.max(), -0.0 >= f.min() ? -0.0 : f.min()));
    }

    /** Values in, at and beyond the field's range, plus NaN and the infinities. */
    private static Arbitrary<Double> around(InputField f) {
        double span = Math.max(1.0, f.max() - f.min());
        return Arbitraries.frequencyOf(
                Tuple.of(4, inside(f)),
                Tuple.of(2, Arbitraries.doubles().between(f.min() - span, f.max() + span)),
                Tuple.of(1, Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        Math.nextDown(f.min()), Math.nextUp(f.max()), -Double.MAX_VALUE, Double.MAX_VALUE)));
    }

    private static Arbitrary<double[]> fields(boolean hostile, InputField... fields) {
        List<Arbitrary<Double>> parts = new ArrayList<>();
        for (InputField f : fields) {
            parts.add(hostile ? around(f) : inside(f));
        }
        return Combinators.combine(parts).as(values -> values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Arbitrary<Raw> requests(boolean hostile) {
        return Combinators.combine(
                fields(hostile, InputField.EXIT_VELOCITY, InputField.LAUNCH_ANGLE, InputField.SPRAY_ANGLE,
                        InputField.BACKSPIN, InputField.SIDESPIN, InputField.CONTACT_HEIGHT),
                fields(hostile, InputField.TEMPERATURE, InputField.ELEVATION, InputField.PRESSURE, InputField.HUMIDITY),
                fields(hostile, InputField.WIND_SPEED, InputField.WIND_DIRECTION, InputField.WIND_SHEAR_EXPONENT,
                        InputField.WIND_REFERENCE_HEIGHT),
                Arbitraries.oneOf(Arbitraries.just(new double[0]),
                        fields(hostile, InputField.FENCE_DISTANCE, InputField.FENCE_HEIGHT)))
                .as(Raw::new);
    }

    /** Most requests inside every range (they fly), the rest with any field anywhere (most are refused). */
    @Provide
    Arbitrary<Raw> requests() {
        return Arbitraries.frequencyOf(Tuple.of(3, requests(false)), Tuple.of(1, requests(true)));
    }

    /** The request, or the refusal's field after checking the message names it. */
    private static FlightRequest build(Raw r, Map<String, Integer> refusals) {
        try {
            double[] l = r.launch();
            double[] a = r.air();
            double[] w = r.wind();
            FlightRequest q = FlightRequest.of(new Launch(l[0], l[1], l[2], l[3], l[4], l[5]))
                    .withAtmosphere(new Atmosphere(a[0], a[1], a[2], a[3]))
                    .withWind(new Wind(w[0], w[1], w[2], w[3]));
            return r.fence().length == 0 ? q : q.withFence(new Fence(r.fence()[0], r.fence()[1]));
        } catch (InputException e) {
            assertThat(e.field()).isNotBlank();
            assertThat(e.getMessage()).as("the message names the field").contains(e.field());
            refusals.merge(e.field(), 1, Integer::sum);
            return null;
        } catch (IllegalArgumentException e) {
            return fail("refused without naming a field (not an InputException): " + e, e);
        }
    }

    @Property(tries = 100)
    void everyRequestIsRefusedNamingItsFieldOrFliesIdenticallyOnEveryKernel(
            @ForAll @Size(min = 1, max = 30) List<@From("requests") Raw> raws,
            @ForAll SimulationMode mode, @ForAll("models") AeroParameters aero) {
        if (mode == SimulationMode.EXTREME) {
            mode = SimulationMode.ACCURATE; // same code path, 10x the steps: kept for the soak, not here
        }
        Map<String, Integer> refusals = new LinkedHashMap<>();
        List<FlightRequest> accepted = new ArrayList<>();
        for (Raw r : raws) {
            FlightRequest q = build(r, refusals);
            Statistics.collect(q == null ? "refused" : "flown");
            if (q != null) {
                accepted.add(q);
            }
        }
        if (accepted.isEmpty()) {
            return;
        }
        KernelParams params = KernelParams.of(aero, mode.dtSeconds());
        double[][] reference = fly(JAVA, accepted, aero, params);
        for (int c = 0; c < reference.length; c++) {
            for (int i = 0; i < accepted.size(); i++) {
                double v = reference[c][i];
                boolean fenceWithout = c == BatchColumn.FENCE_Z - BatchColumn.INPUT_COUNT && Double.isNaN(v);
                assertThat(Double.isFinite(v) || fenceWithout).as("%s of flight %d = %s (%s)",
                        BatchColumn.name(c + BatchColumn.INPUT_COUNT), i, v, accepted.get(i)).isTrue();
            }
        }
        assertSameBits("java-simd", reference, fly(SIMD, accepted, aero, params));
        if (NATIVE != null) {
            assertSameBits("native", reference, fly(NATIVE, accepted, aero, params));
        }
    }

    @Provide
    Arbitrary<AeroParameters> models() {
        return Arbitraries.of(AeroParameters.NATHAN, AeroParameters.CRISIS, AeroParameters.CRISIS_TABLE);
    }

    /** Output columns [column - INPUT_COUNT][flight] after {@code kernel} flew the requests. */
    private static double[][] fly(FlightKernel kernel, List<FlightRequest> requests, AeroParameters aero,
                                  KernelParams params) {
        int n = requests.size();
        try (FlightBatch b = FlightBatch.allocate(n)) {
            for (int i = 0; i < n; i++) {
                BatchCodec.encode(requests.get(i), aero, b, i);
            }
            b.setSize(n);
            kernel.integrate(b, params, null);
            double[][] out = new double[BatchColumn.COUNT - BatchColumn.INPUT_COUNT][n];
            for (int c = BatchColumn.INPUT_COUNT; c < BatchColumn.COUNT; c++) {
                for (int i = 0; i < n; i++) {
                    out[c - BatchColumn.INPUT_COUNT][i] = b.get(c, i);
                }
            }
            return out;
        }
    }

    private static void assertSameBits(String kernel, double[][] expected, double[][] actual) {
        for (int c = 0; c < expected.length; c++) {
            for (int i = 0; i < expected[c].length; i++) {
                assertThat(Double.doubleToRawLongBits(actual[c][i]))
                        .as("%s: %s of flight %d (%s vs java %s)", kernel, BatchColumn.name(c + BatchColumn.INPUT_COUNT),
                                i, actual[c][i], expected[c][i])
                        .isEqualTo(Double.doubleToRawLongBits(expected[c][i]));
            }
        }
    }
}
