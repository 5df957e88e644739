package ballflight.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.units.Units;
import org.junit.jupiter.api.Test;

class LaunchTest {

    @Test
    void sprayAndLaunchAngleSetTheVelocity() {
        InitialState s = new Launch(100, 30, 90, 0, 0, 3).toInitialState();
        double v = Units.mphToMps(100);
        assertThat(s.vxMps()).as("spray 90 goes toward +x").isCloseTo(v * Math.cos(Math.toRadians(30)), within(1e-12));
        assertThat(s.vyMps()).isCloseTo(0.0, within(1e-12));
        assertThat(s.vzMps()).isCloseTo(v / 2, within(1e-12));
        assertThat(s.zM()).isEqualTo(Units.feetToMetres(3));
        assertThat(new Launch(100, 0, -90, 0, 0, 3).toInitialState().vxMps()).isNegative();
        assertThat(Launch.of(100, 0).toInitialState().vyMps()).isCloseTo(v, within(1e-12));
    }

    @Test
    void backspinLiftsTheBallWhateverTheSpray() {
        for (double spray : new double[] {-40, 0, 25}) {
            InitialState s = new Launch(100, 20, spray, 2000, 0, 3).toInitialState();
            double[] w = {s.spinXRadPerS(), s.spinYRadPerS(), s.spinZRadPerS()};
            double[] v = {s.vxMps(), s.vyMps(), s.vzMps()};
            double[] lift = {w[1] * v[2] - w[2] * v[1], w[2] * v[0] - w[0] * v[2], w[0] * v[1] - w[1] * v[0]};
            assertThat(lift[2]).as("spray %s: omega x v points up", spray).isPositive();
            // The axis is horizontal and perpendicular to the spray line: no sideways push.
            assertThat(lift[0] * v[1] - lift[1] * v[0]).isCloseTo(0.0, within(1e-9));
            assertThat(Math.sqrt(w[0] * w[0] + w[1] * w[1])).isCloseTo(Units.rpmToRadPerS(2000), within(1e-9));
        }
    }

    @Test
    void positiveSidespinCurvesAStraightawayBallTowardRightField() {
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            Launch base = Launch.of(100, 28).withBackspinRpm(1800);
            assertThat(sim.fly(FlightRequest.of(base)).landingXFt()).isCloseTo(0.0, within(1e-9));
            assertThat(sim.fly(FlightRequest.of(base.withSidespinRpm(1000))).landingXFt()).isGreaterThan(10.0);
            assertThat(sim.fly(FlightRequest.of(base.withSidespinRpm(-1000))).landingXFt()).isLessThan(-10.0);
        }
    }

    @Test
    void launchInputsAreRangeChecked() {
        assertThatThrownBy(() -> Launch.of(200, 28)).isInstanceOf(InputException.class)
                .hasMessageContaining("exit_velocity_mph = 200");
        assertThatThrownBy(() -> Launch.of(100, 28).withSidespinRpm(Double.NaN))
                .hasMessageContaining("sidespin_rpm = NaN");
    }
}
