package ballflight.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.model.AeroParameters;
import ballflight.model.Atmosphere;
import ballflight.model.FlightRequest;
import ballflight.model.InitialState;
import ballflight.model.Wind;
import ballflight.units.Units;
import org.junit.jupiter.api.Test;

/**
 * Only the spin across the relative velocity makes Magnus force, so the force is continuous in the
 * axis: a spin axis along the flight makes none, and one tilted half a degree off it almost none (the
 * old law kept the full force in whatever direction {@code axis x v_r} had, however short it was).
 */
class MagnusDirectionTest {
    private static final double SPEED_MPS = 40.0;
    private static final double LAUNCH_RAD = Math.toRadians(30);
    private static final double OMEGA_RAD_PER_S = 200.0;

    private static FlightOutput fly(double axisX, double axisY, double axisZ) {
        double n = Math.sqrt(axisX * axisX + axisY * axisY + axisZ * axisZ);
        InitialState start = new InitialState(0.0, 0.0, 1.0, 0.0, SPEED_MPS * Math.cos(LAUNCH_RAD),
                SPEED_MPS * Math.sin(LAUNCH_RAD), OMEGA_RAD_PER_S * axisX / n, OMEGA_RAD_PER_S * axisY / n,
                OMEGA_RAD_PER_S * axisZ / n);
        FlightRequest request = new FlightRequest(start, Atmosphere.STANDARD, Wind.CALM, null, Double.NaN);
        return KernelRun.fly(new JavaFlightKernel(), KernelParams.of(AeroParameters.NATHAN, 0.001),
                FlightRow.of(request, AeroParameters.NATHAN));
    }

    @Test
    void aSpinAxisAlongTheFlightLiftsNothingAndTiltingItALittleLiftsALittle() {
        double cos = Math.cos(LAUNCH_RAD);
        double sin = Math.sin(LAUNCH_RAD);
        FlightOutput rifle = fly(0.0, cos, sin);
        // Half a degree off the flight line, toward +x: the lift is sin(0.5 deg) of a backspin's, not all of it.
        double tilt = Math.toRadians(0.5);
        FlightOutput tilted = fly(Math.sin(tilt), Math.cos(tilt) * cos, Math.cos(tilt) * sin);
        FlightOutput backspin = fly(1.0, 0.0, 0.0);
        // The flight bends under the axis as it falls, so even the rifle spin lifts sideways late in the
        // flight; tilting the axis half a degree barely changes that.
        assertThat(Units.metresToFeet(Math.abs(tilted.yEnd() - rifle.yEnd()))).as("0.5 deg tilt: distance change, ft")
                .isLessThan(2.0);
        assertThat(Units.metresToFeet(Math.abs(tilted.xEnd() - rifle.xEnd()))).as("0.5 deg tilt: sideways change, ft")
                .isLessThan(2.0);
        assertThat(Units.metresToFeet(backspin.yEnd() - rifle.yEnd())).as("backspin carries, ft").isGreaterThan(20.0);
    }
}
