package ballflight.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.model.AeroParameters;
import ballflight.model.EndReason;
import ballflight.model.InputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tolerance stepping's contract beyond accuracy (docs/ACCURACY.md, AccuracyTest): ends, paths, bits, input. */
class ToleranceStepperTest {
    private static final JavaFlightKernel KERNEL = new JavaFlightKernel();
    private static final KernelParams PARAMS = KernelParams.of(AeroParameters.NATHAN, 0.01).withToleranceFt(0.01);
    /** 100 mph at 28 deg with 1800 rpm backspin, contact 3 ft. */
    private static final FlightRow REFERENCE_BALL = FlightRow.launch(0.9144, 0.0, 44.7 * Math.cos(0.4887),
            44.7 * Math.sin(0.4887), FlightRow.STANDARD_DRAG_K).withSpin(188.5, 0.0, 0.0);

    @Test
    void landsWhereTheFixedStepKernelLandsWithFarFewerSteps() {
        long[] before = JavaFlightKernel.toleranceStepCounts();
        FlightOutput tol = KernelRun.fly(KERNEL, PARAMS, REFERENCE_BALL);
        long[] after = JavaFlightKernel.toleranceStepCounts();
        FlightOutput fine = KernelRun.fly(KERNEL, KernelParams.of(AeroParameters.NATHAN, 0.001), REFERENCE_BALL);
        assertThat(tol.reason()).isEqualTo(EndReason.GROUND);
        assertThat(tol.zEnd()).isZero();
        assertThat(Math.abs(tol.distance() - fine.distance())).isLessThan(0.01 * 0.3048);
        assertThat(Math.abs(tol.tEnd() - fine.tEnd())).isLessThan(0.0001);
        assertThat(Math.abs(tol.apexZ() - fine.apexZ())).isLessThan(0.01 * 0.3048);
        // Landing velocity on the cubic through the end accelerations: landing speed and angle hold too.
        assertThat(Math.abs(tol.vxEnd() - fine.vxEnd()) + Math.abs(tol.vyEnd() - fine.vyEnd())
                + Math.abs(tol.vzEnd() - fine.vzEnd())).as("end velocity error, m/s").isLessThan(0.002);
        long steps = after[0] - before[0];
        assertThat(steps).as("accepted steps for a 5 s flight").isBetween(5L, 60L);
    }

    @Test
    void aTighterToleranceTakesMoreSteps() {
        long[] a = JavaFlightKernel.toleranceStepCounts();
        KernelRun.fly(KERNEL, PARAMS.withToleranceFt(0.1), REFERENCE_BALL);
        long[] b = JavaFlightKernel.toleranceStepCounts();
        KernelRun.fly(KERNEL, PARAMS.withToleranceFt(0.0001), REFERENCE_BALL);
        long[] c = JavaFlightKernel.toleranceStepCounts();
        assertThat(c[0] - b[0]).isGreaterThan(b[0] - a[0]);
    }

    @Test
    void timeLimitEndsTheFlightExactlyAtTheLimit() {
        KernelParams limited = KernelParams.of(AeroParameters.NATHAN, 0.01, 1.0).withToleranceFt(0.01);
        FlightOutput out = KernelRun.fly(KERNEL, limited, REFERENCE_BALL);
        assertThat(out.reason()).isEqualTo(EndReason.TIMEOUT);
        assertThat(out.tEnd()).isEqualTo(1.0);
        assertThat(out.zEnd()).isGreaterThan(0.0);
        assertThat(out.apexZ()).as("still rising: the end is the highest point").isEqualTo(out.zEnd());
    }

    @Test
    void pathSamplesFallOnMultiplesOfTheIntervalAndEndAtTheLanding() {
        int stride = 10; // 10 x the 0.01 s first step: a sample every 0.1 s
        try (PathBuffer path = PathBuffer.allocate(1, 200, stride)) {
            FlightOutput out = KernelRun.fly(KERNEL, PARAMS, List.of(REFERENCE_BALL), path).get(0);
            FlightOutput fine = KernelRun.fly(KERNEL, KernelParams.of(AeroParameters.NATHAN, 0.001),
                    List.of(REFERENCE_BALL), null).get(0);
            int n = out.pathCount();
            assertThat(n).isEqualTo((int) Math.ceil(out.tEnd() / 0.1) + 1);
            for (int k = 0; k < n - 1; k++) {
                assertThat(path.get(0, k, 0)).isCloseTo(k * 0.1, org.assertj.core.data.Offset.offset(1e-12));
            }
            assertThat(path.get(0, n - 1, 0)).isEqualTo(out.tEnd());
            assertThat(path.get(0, n - 1, 3)).isZero();
            assertThat(fine.reason()).isEqualTo(EndReason.GROUND);
        }
    }

    @Test
    void aFlightGetsTheSameBitsAloneAndInsideABatch() {
        List<FlightRow> rows = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            rows.add(REFERENCE_BALL.withSpin(10.0 * k, 5.0 * k, -3.0 * k).withWind(k - 10.0, 2.0, 0.2, 10.0));
        }
        List<FlightOutput> together = KernelRun.fly(KERNEL, PARAMS, rows);
        for (int k = 0; k < rows.size(); k++) {
            assertThat(KernelRun.fly(KERNEL, PARAMS, rows.get(k))).isEqualTo(together.get(k));
        }
    }

    @Test
    void toleranceOutsideItsRangeIsAnInputErrorNamingTheField() {
        assertThatThrownBy(() -> PARAMS.withToleranceFt(5.0)).isInstanceOf(InputException.class)
                .hasMessageContaining("tolerance_ft").hasMessageContaining("0.0001 to 1 ft");
        assertThatThrownBy(() -> Stepping.tolerance(Double.NaN)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> Stepping.parseTolerance("abc")).isInstanceOf(InputException.class)
                .hasMessageContaining("tolerance_ft = 'abc' is not a number");
        assertThat(Stepping.parseTolerance(" 0.01 ").toleranceFt()).isEqualTo(0.01);
    }
}
