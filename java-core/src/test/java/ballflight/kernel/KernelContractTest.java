package ballflight.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ballflight.model.AeroParameters;
import ballflight.model.EndReason;
import ballflight.reference.ReferenceFlight;
import ballflight.reference.ReferenceModel;
import ballflight.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link FlightKernel} must do, checked against closed forms and the Hipparchus
 * reference ({@link ReferenceFlight}). Subclass once per implementation and return it from
 * {@link #kernel()}; override the tolerances if an implementation is allowed to differ.
 */
public abstract class KernelContractTest {
    protected static final AeroParameters AERO = AeroParameters.NATHAN;
    protected static final double G = AERO.gravityMPerS2();
    protected static final double K = FlightRow.STANDARD_DRAG_K;

    protected abstract FlightKernel kernel();

    /** Relative error allowed against the closed-form vacuum parabola. */
    protected double vacuumRelativeTolerance() {
        return 1e-9;
    }

    /** Position error (m) allowed against the reference in {@code mode}. */
    protected double referencePositionToleranceM(SimulationMode mode) {
        return 1e-4;
    }

    /** Time error (s) allowed against the reference in {@code mode}. */
    protected double referenceTimeToleranceS(SimulationMode mode) {
        return 1e-5;
    }

    /** Velocity error (m/s) allowed against the reference in {@code mode}. */
    protected double referenceVelocityToleranceMps(SimulationMode mode) {
        return 1e-3;
    }

    protected static KernelParams params(SimulationMode mode) {
        return KernelParams.of(AERO, mode.dtSeconds());
    }

    protected FlightOutput fly(SimulationMode mode, FlightRow row) {
        return KernelRun.fly(kernel(), params(mode), row);
    }

    protected static FlightOutput reference(FlightRow row) {
        return ReferenceFlight.fly(row, ReferenceModel.of(AERO), KernelParams.DEFAULT_MAX_TIME_SECONDS);
    }

    // ---- closed form -------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void vacuumFlightIsTheExactParabola(SimulationMode mode) {
        assertVacuumParabola(params(mode));
    }

    /** Hermite interpolation is exact for a parabola, so even the coarsest allowed step is. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {0.037, KernelParams.MAX_DT_SECONDS})
    void vacuumFlightIsExactWithCoarseSteps(double dtSeconds) {
        assertVacuumParabola(KernelParams.of(AERO, dtSeconds));
    }

    private void assertVacuumParabola(KernelParams params) {
        List<FlightRow> rows = List.of(
                FlightRow.launch(0.9, 5.0, 40.0, 20.0, 0.0),
                FlightRow.launch(1.5, -12.0, 30.0, -2.0, 0.0),
                FlightRow.launch(0.3, 0.0, 3.0, 45.0, 0.0).withStart(10.0, -4.0, 0.3),
                // Without air, spin and wind must do nothing.
                FlightRow.launch(1.0, 8.0, 35.0, 15.0, 0.0).withSpin(180, -40, 90).withWind(7, -3, 0.3, 10));
        List<FlightOutput> out = KernelRun.fly(kernel(), params, rows);
        for (int i = 0; i < rows.size(); i++) {
            FlightRow r = rows.get(i);
            FlightOutput o = out.get(i);
            double tLand = (r.vz() + Math.sqrt(r.vz() * r.vz() + 2 * G * r.z())) / G;
            boolean rising = r.vz() > 0;
            double apexT = rising ? r.vz() / G : 0.0;
            double apexZ = rising ? r.z() + r.vz() * r.vz() / (2 * G) : r.z();
            assertThat(o.reason()).isEqualTo(EndReason.GROUND);
            assertRelative("t_end", o.tEnd(), tLand);
            assertRelative("x_end", o.xEnd(), r.x() + r.vx() * tLand);
            assertRelative("y_end", o.yEnd(), r.y() + r.vy() * tLand);
            assertThat(o.zEnd()).isEqualTo(0.0);
            assertRelative("vx_end", o.vxEnd(), r.vx());
            assertRelative("vy_end", o.vyEnd(), r.vy());
            assertRelative("vz_end", o.vzEnd(), r.vz() - G * tLand);
            assertRelative("apex_z", o.apexZ(), apexZ);
            assertRelative("apex_t", o.apexT(), apexT);
        }
    }

    private void assertRelative(String what, double actual, double expected) {
        double tol = vacuumRelativeTolerance() * Math.max(1.0, Math.abs(expected));
        assertThat(actual).as(what).isCloseTo(expected, within(tol));
    }

    // ---- against the reference ---------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void dragOnlyFlightMatchesTheReference(SimulationMode mode) {
        for (FlightRow row : List.of(
                FlightRow.launch(0.9, 0.0, 40.0, 20.0, K),
                FlightRow.launch(1.2, 10.0, 35.0, 30.0, K),
                FlightRow.launch(0.9, -3.0, 50.0, -6.0, K))) {
            assertMatchesReference(mode, row);
        }
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void fullModelMatchesTheReference(SimulationMode mode) {
        double rpm = Units.rpmToRadPerS(1.0);
        for (FlightRow row : List.of(
                // 100 mph, 28 deg, 1800 rpm backspin to center.
                FlightRow.launch(0.9, 0.0, 39.47, 20.99, K).withSpin(1800 * rpm, 0, 0),
                // Backspin plus sidespin, hit toward right field, 10 mph crosswind.
                FlightRow.launch(0.9, 12.0, 38.0, 18.0, K).withSpin(2000 * rpm, -600 * rpm, -900 * rpm)
                        .withWind(4.47, 0.0, 0.0, 10.0),
                // Topspin liner into a sheared headwind.
                FlightRow.launch(1.0, -4.0, 45.0, 6.0, K).withSpin(-1500 * rpm, 0, 0)
                        .withWind(0.0, -6.0, 0.25, 10.0),
                // Spin axis 45 deg off the velocity: lift keeps its full size along axis x v.
                FlightRow.launch(0.9, 0.0, 30.0, 30.0, K).withSpin(1800 * rpm, 1800 * rpm, 0))) {
            assertMatchesReference(mode, row);
        }
    }

    protected void assertMatchesReference(SimulationMode mode, FlightRow row) {
        assertMatches(mode, fly(mode, row), reference(row));
    }

    protected void assertMatches(SimulationMode mode, FlightOutput k, FlightOutput ref) {
        double p = referencePositionToleranceM(mode);
        double t = referenceTimeToleranceS(mode);
        double v = referenceVelocityToleranceMps(mode);
        assertThat(k.reason()).isEqualTo(ref.reason());
        assertThat(k.tEnd()).as("t_end").isCloseTo(ref.tEnd(), within(t));
        assertThat(k.xEnd()).as("x_end").isCloseTo(ref.xEnd(), within(p));
        assertThat(k.yEnd()).as("y_end").isCloseTo(ref.yEnd(), within(p));
        assertThat(k.zEnd()).as("z_end").isCloseTo(ref.zEnd(), within(p));
        assertThat(k.vxEnd()).as("vx_end").isCloseTo(ref.vxEnd(), within(v));
        assertThat(k.vyEnd()).as("vy_end").isCloseTo(ref.vyEnd(), within(v));
        assertThat(k.vzEnd()).as("vz_end").isCloseTo(ref.vzEnd(), within(v));
        assertThat(k.apexZ()).as("apex_z").isCloseTo(ref.apexZ(), within(p));
        assertThat(k.apexT()).as("apex_t").isCloseTo(ref.apexT(), within(t));
    }

    // ---- events --------------------------------------------------------------------------------

    /** A 95 mph pitch with backspin from (0, 55 ft, 6 ft) toward home plate. */
    protected static FlightRow pitch() {
        double v = Units.mphToMps(95);
        double down = Math.toRadians(-3);
        return FlightRow.launch(Units.feetToMetres(6), 0.0, -v * Math.cos(down), v * Math.sin(down), K)
                .withStart(0.0, Units.feetToMetres(55), Units.feetToMetres(6))
                // Axis -x: omega x v points up for a ball moving toward -y.
                .withSpin(-Units.rpmToRadPerS(2300), 0, 0)
                .withPlane(Units.feetToMetres(17.0 / 12.0));
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void pitchStopsExactlyOnThePlane(SimulationMode mode) {
        FlightRow row = pitch();
        FlightOutput o = fly(mode, row);
        assertThat(o.reason()).isEqualTo(EndReason.PLANE);
        assertThat(o.yEnd()).isCloseTo(row.planeY(), within(1e-9));
        assertThat(o.tEnd()).isBetween(0.35, 0.5);
        assertThat(o.zEnd()).as("backspin holds the pitch up").isGreaterThan(0.0);
        assertMatchesReference(mode, row);
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void timeLimitEndsTheFlightAtMaxStepsTimesDt(SimulationMode mode) {
        KernelParams p = KernelParams.of(AERO, mode.dtSeconds(), 1.25);
        FlightRow row = FlightRow.launch(0.9, 0.0, 39.47, 20.99, K).withSpin(Units.rpmToRadPerS(1800), 0, 0);
        FlightOutput o = KernelRun.fly(kernel(), p, row);
        assertThat(o.reason()).isEqualTo(EndReason.TIMEOUT);
        assertThat(o.tEnd()).isEqualTo(p.maxSteps() * p.dtSeconds());
        assertThat(p.maxSteps() * p.dtSeconds()).isCloseTo(1.25, within(1e-12));
        FlightOutput ref = ReferenceFlight.fly(row, ReferenceModel.of(AERO), o.tEnd());
        assertThat(ref.reason()).isEqualTo(EndReason.TIMEOUT);
        assertMatches(mode, o, ref);
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void heightAtTheFenceMatchesTheReference(SimulationMode mode) {
        double rpm = Units.rpmToRadPerS(1.0);
        for (FlightRow row : List.of(
                FlightRow.launch(0.9, 0.0, 39.47, 20.99, K).withSpin(1800 * rpm, 0, 0).withFence(110.0, 3.0),
                FlightRow.launch(0.9, 15.0, 38.0, 17.0, K).withSpin(2000 * rpm, -600 * rpm, -900 * rpm)
                        .withWind(2.0, 3.0, 0.2, 10.0).withFence(95.0, 5.0))) {
            FlightOutput o = fly(mode, row);
            FlightOutput ref = reference(row);
            assertThat(ref.fenceZ()).as("reference reaches the fence").isGreaterThan(1.0);
            assertThat(o.fenceZ()).as("fence_z").isCloseTo(ref.fenceZ(), within(referencePositionToleranceM(mode)));
        }
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void ballLandingShortOfTheFenceHasNoFenceHeight(SimulationMode mode) {
        FlightRow row = FlightRow.launch(0.9, 0.0, 39.47, 20.99, K).withFence(300.0, 3.0);
        FlightOutput o = fly(mode, row);
        assertThat(o.distance()).isLessThan(300.0);
        assertThat(o.fenceZ()).isNaN();
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void pathSamplesStartEndAndEveryStrideSteps(SimulationMode mode) {
        int stride = 7;
        KernelParams p = params(mode);
        FlightRow row = FlightRow.launch(0.9, 3.0, 39.47, 20.99, K).withSpin(Units.rpmToRadPerS(1800), 0, 0);
        try (PathBuffer path = PathBuffer.allocate(1, 20_000, stride)) {
            FlightOutput o = KernelRun.fly(kernel(), p, List.of(row), path).get(0);
            long endStep = (long) Math.ceil(o.tEnd() / p.dtSeconds());
            assertThat(o.pathCount()).isEqualTo(2 + (int) ((endStep - 1) / stride));
            assertSample(path, 0, 0.0, row.x(), row.y(), row.z());
            for (int k = 1; k < o.pathCount() - 1; k++) {
                assertThat(path.get(0, k, 0)).isEqualTo(k * stride * p.dtSeconds());
            }
            int last = o.pathCount() - 1;
            assertSample(path, last, o.tEnd(), o.xEnd(), o.yEnd(), o.zEnd());
            // A sample is exactly the state the same flight has when cut off at that step.
            int k = last / 2;
            KernelParams cut = p.withMaxSteps((long) k * stride);
            FlightOutput mid = KernelRun.fly(kernel(), cut, row);
            assertSample(path, k, mid.tEnd(), mid.xEnd(), mid.yEnd(), mid.zEnd());
        }
    }

    @Test
    void pathBufferSmallerThanTheFlightKeepsTheFirstSamplesAndTheEnd() {
        try (PathBuffer path = PathBuffer.allocate(1, 5, 10)) {
            FlightRow row = FlightRow.launch(0.9, 0.0, 39.47, 20.99, K);
            FlightOutput o = KernelRun.fly(kernel(), params(SimulationMode.ACCURATE), List.of(row), path).get(0);
            assertThat(o.pathCount()).isEqualTo(5);
            assertThat(path.get(0, 3, 0)).isEqualTo(30 * SimulationMode.ACCURATE.dtSeconds());
            assertSample(path, 4, o.tEnd(), o.xEnd(), o.yEnd(), o.zEnd());
        }
    }

    @Test
    void timeLimitEndPointIsRecordedOnce() {
        KernelParams shortLimit = KernelParams.of(AERO, SimulationMode.EXTREME.dtSeconds(), 0.5);
        try (PathBuffer path = PathBuffer.allocate(1, 100, 5)) {
            FlightRow row = FlightRow.launch(0.9, 0.0, 39.47, 20.99, K);
            FlightOutput o = KernelRun.fly(kernel(), shortLimit, List.of(row), path).get(0);
            assertThat(o.reason()).isEqualTo(EndReason.TIMEOUT);
            // Samples at 0, 0.05, ..., 0.45 s, then the end point at the 0.5 s limit: 11, no duplicate.
            assertThat(o.pathCount()).isEqualTo(11);
            assertThat(path.get(0, 9, 0)).isLessThan(path.get(0, 10, 0));
            assertSample(path, 10, o.tEnd(), o.xEnd(), o.yEnd(), o.zEnd());
        }
    }

    private static void assertSample(PathBuffer path, int k, double t, double x, double y, double z) {
        assertThat(new double[] {path.get(0, k, 0), path.get(0, k, 1), path.get(0, k, 2), path.get(0, k, 3)})
                .as("sample %d", k).containsExactly(t, x, y, z);
    }

    // ---- spin decay and wind -----------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void fastSpinDecayShortensABackspinFlyBall(SimulationMode mode) {
        AeroParameters decaying = AERO.withSpinDecayTauSeconds(2.0);
        FlightRow row = FlightRow.launch(0.9, 0.0, 39.47, 20.99, K).withSpin(Units.rpmToRadPerS(2500), 0, 0);
        FlightOutput slow = fly(mode, row);
        FlightOutput fast = KernelRun.fly(kernel(), KernelParams.of(decaying, mode.dtSeconds()), row);
        assertThat(fast.distance()).isLessThan(slow.distance() - 2.0);
        FlightOutput ref = ReferenceFlight.fly(row, ReferenceModel.of(decaying), KernelParams.DEFAULT_MAX_TIME_SECONDS);
        assertMatches(mode, fast, ref);
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void windMovesTheLandingPointDownwind(SimulationMode mode) {
        FlightRow calmRow = FlightRow.launch(0.9, 0.0, 39.47, 20.99, K).withSpin(Units.rpmToRadPerS(1800), 0, 0);
        FlightOutput calm = fly(mode, calmRow);
        FlightRow tail = calmRow.withWind(0, 4.47, 0, 10);
        FlightRow head = calmRow.withWind(0, -4.47, 0, 10);
        FlightRow cross = calmRow.withWind(4.47, 0, 0, 10);
        assertThat(calm.xEnd()).isCloseTo(0.0, within(1e-12));
        assertThat(fly(mode, tail).yEnd()).isGreaterThan(calm.yEnd() + 5.0);
        assertThat(fly(mode, head).yEnd()).isLessThan(calm.yEnd() - 5.0);
        assertThat(fly(mode, cross).xEnd()).isGreaterThan(3.0);
        assertThat(fly(mode, cross.withWind(-4.47, 0, 0, 10)).xEnd()).isLessThan(-3.0);
        for (FlightRow row : List.of(tail, head, cross)) {
            assertMatchesReference(mode, row);
        }
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void windShearActsMoreOnHighBallsThanOnLowOnes(SimulationMode mode) {
        double windAtReference = 4.47;
        double referenceHeight = 10.0;
        FlightRow high = FlightRow.launch(0.9, 0.0, 36.9, 25.8, K).withSpin(Units.rpmToRadPerS(1800), 0, 0);
        // No spin: a backspin liner can lose carry in a tailwind (less airspeed, less lift).
        FlightRow low = FlightRow.launch(0.9, 0.0, 40.0, 4.0, K);
        assertThat(reference(high).apexZ()).isGreaterThan(2.5 * referenceHeight);
        assertThat(reference(low).apexZ()).isLessThan(0.5 * referenceHeight);
        for (FlightRow row : List.of(high, low)) {
            double calm = fly(mode, row).yEnd();
            FlightRow uniformRow = row.withWind(0, windAtReference, 0, referenceHeight);
            FlightRow shearedRow = row.withWind(0, windAtReference, 0.3, referenceHeight);
            double uniformGain = fly(mode, uniformRow).yEnd() - calm;
            double shearedGain = fly(mode, shearedRow).yEnd() - calm;
            assertThat(uniformGain).isPositive();
            if (row == high) {
                assertThat(shearedGain).as("high ball: wind above the reference height is stronger")
                        .isGreaterThan(1.1 * uniformGain);
            } else {
                assertThat(shearedGain).as("low ball: wind near the ground is weaker")
                        .isLessThan(0.9 * uniformGain);
            }
            assertMatchesReference(mode, shearedRow);
        }
    }

    // ---- bad input ----------------------------------------------------------------------------

    @Test
    void nanInputNamesTheFlightAndColumn() {
        assertRejected(BatchColumn.VY, Double.NaN, "flight 2: vy = NaN");
        assertRejected(BatchColumn.WIND_X, Double.POSITIVE_INFINITY, "flight 2: wind_x = Infinity");
        assertRejected(BatchColumn.PLANE_Y, Double.POSITIVE_INFINITY, "flight 2: plane_y");
    }

    @Test
    void negativeDragConstantIsRejected() {
        assertRejected(BatchColumn.DRAG_K, -0.001, "flight 2: drag_k = -0.001 must be >= 0");
    }

    @Test
    void otherRangeRulesAreEnforced() {
        assertRejected(BatchColumn.Z, -0.5, "flight 2: z = -0.5");
        assertRejected(BatchColumn.SHEAR_REFERENCE_HEIGHT, 0.0, "flight 2: shear_reference_height = 0.0 must be > 0");
        assertRejected(BatchColumn.SHEAR_EXPONENT, -0.1, "flight 2: shear_exponent");
        assertRejected(BatchColumn.FENCE_DISTANCE, -1.0, "flight 2: fence_distance");
    }

    private void assertRejected(int column, double value, String message) {
        try (FlightBatch batch = FlightBatch.allocate(4)) {
            for (int i = 0; i < 4; i++) {
                FlightRow.launch(0.9, 0.0, 39.0, 21.0, K).write(batch, i);
            }
            batch.setSize(4);
            batch.set(column, 2, value);
            assertThatThrownBy(() -> kernel().integrate(batch, params(SimulationMode.FAST), null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        }
    }

    @Test
    void emptyBatchIsRejected() {
        try (FlightBatch batch = FlightBatch.allocate(2)) {
            batch.setSize(0);
            assertThatThrownBy(() -> kernel().integrate(batch, params(SimulationMode.FAST), null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        }
    }

    @Test
    void pathBufferForFewerFlightsIsRejected() {
        try (FlightBatch batch = FlightBatch.allocate(3); PathBuffer path = PathBuffer.allocate(2, 10, 1)) {
            for (int i = 0; i < 3; i++) {
                FlightRow.launch(0.9, 0.0, 39.0, 21.0, K).write(batch, i);
            }
            batch.setSize(3);
            assertThatThrownBy(() -> kernel().integrate(batch, params(SimulationMode.FAST), path))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("path buffer holds 2 flights but the batch has 3");
        }
    }

    // ---- batches ------------------------------------------------------------------------------

    /** Seeded, varied flights: batted balls, pitches, fences, wind, shear, spin. */
    protected static List<FlightRow> variedFlights(int n, long seed) {
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        List<FlightRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 5 == 4) {
                rows.add(pitch().withSpin(rnd.nextDouble(-300, 300), rnd.nextDouble(-50, 50), rnd.nextDouble(-200, 200)));
                continue;
            }
            double speed = rnd.nextDouble(20, 55);
            double la = Math.toRadians(rnd.nextDouble(-20, 70));
            double spray = Math.toRadians(rnd.nextDouble(-45, 45));
            double h = speed * Math.cos(la);
            FlightRow row = FlightRow.launch(rnd.nextDouble(0.3, 1.5), h * Math.sin(spray), h * Math.cos(spray),
                            speed * Math.sin(la), K * rnd.nextDouble(0.8, 1.1))
                    .withSpin(rnd.nextDouble(-400, 400), rnd.nextDouble(-100, 100), rnd.nextDouble(-200, 200))
                    .withWind(rnd.nextDouble(-8, 8), rnd.nextDouble(-8, 8), i % 3 == 0 ? rnd.nextDouble(0.1, 0.4) : 0,
                            rnd.nextDouble(3, 20));
            if (i % 2 == 0) {
                row = row.withFence(rnd.nextDouble(90, 125), rnd.nextDouble(2, 12));
            }
            rows.add(row);
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void aBatchGivesTheSameBitsAsEachFlightAlone(SimulationMode mode) {
        List<FlightRow> rows = variedFlights(60, 7L + mode.ordinal());
        KernelParams p = params(mode);
        int samples = 64;
        try (PathBuffer batchPath = PathBuffer.allocate(rows.size(), samples, 25);
             PathBuffer alonePath = PathBuffer.allocate(1, samples, 25)) {
            List<FlightOutput> together = KernelRun.fly(kernel(), p, rows, batchPath);
            assertThat(together).extracting(FlightOutput::reason).contains(EndReason.GROUND, EndReason.PLANE);
            for (int i = 0; i < rows.size(); i++) {
                FlightOutput alone = KernelRun.fly(kernel(), p, List.of(rows.get(i)), alonePath).get(0);
                assertThat(bits(together.get(i))).as("flight %d", i).containsExactly(bits(alone));
                for (int k = 0; k < alone.pathCount(); k++) {
                    for (int f = 0; f < PathBuffer.FIELDS; f++) {
                        assertThat(Double.doubleToRawLongBits(batchPath.get(i, k, f)))
                                .as("flight %d sample %d field %d", i, k, f)
                                .isEqualTo(Double.doubleToRawLongBits(alonePath.get(0, k, f)));
                    }
                }
            }
        }
    }

    protected static long[] bits(FlightOutput o) {
        double[] v = {o.tEnd(), o.xEnd(), o.yEnd(), o.zEnd(), o.vxEnd(), o.vyEnd(), o.vzEnd(), o.apexZ(), o.apexT(),
            o.fenceZ(), o.reason().code(), o.pathCount()};
        long[] b = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = Double.doubleToRawLongBits(v[i]);
        }
        return b;
    }
}
