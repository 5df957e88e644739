package ballflight.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.model.Launch;
import ballflight.units.Units;
import org.junit.jupiter.api.Test;

/**
 * Friction in the collision acts on the slip of the contact point, the pitch's spin included
 * (Cross's oblique impact): the pitch's spin changes the batted ball exactly as rolling it out does.
 */
class BatBallCollisionTest {
    private static final double[] PITCH_MPH = {0.0, -85.0, -8.0};
    private static final double BAT_MPH = 72.0;
    private static final double ATTACK_DEG = 10.0;
    private static final double OFFSET_IN = 0.6;
    private static final double Q = 0.18;
    private static final double FRICTION = 0.9;
    /** A four-seamer's backspin as it comes in toward the catcher (-y): about -x, 2300 rpm. */
    private static final double BACKSPIN_RAD_PER_S = Units.rpmToRadPerS(2300.0);
    private static final double RADIUS_MPH_PER_RAD_PER_S =
            Units.inchesToMetres(BatBallCollision.BALL_RADIUS_IN) / Units.MPS_PER_MPH;
    /** Elevation of the line of centres (bat path plus the offset's tilt), in the vertical plane square to the spin. */
    private static final double ELEVATION_RAD =
            Math.toRadians(ATTACK_DEG) + Math.asin(OFFSET_IN / BatBallCollision.MAX_OFFSET_IN);

    private static Launch launch(double[] spinRadPerS) {
        return BatBallCollision.collide(PITCH_MPH, spinRadPerS, BAT_MPH, ATTACK_DEG, 0.0, OFFSET_IN, Q, FRICTION, 2.5)
                .launch();
    }

    @Test
    void aFourSeamersBackspinIsRolledOutAndPushesTheBallDown() {
        Launch spinless = launch(new double[3]);
        Launch fourSeamer = launch(new double[] {-BACKSPIN_RAD_PER_S, 0.0, 0.0});
        // The contact point's surface moves along t = (0, -sin, cos) at R w; friction takes 2f/7 of
        // that off the ball's velocity and leaves 1 - 5f/7 of the spin (reversed: backspin coming in
        // is topspin going out).
        double pushMph = 2.0 * FRICTION / 7.0 * RADIUS_MPH_PER_RAD_PER_S * BACKSPIN_RAD_PER_S;
        double[] v = velocity(spinless);
        v[1] += pushMph * Math.sin(ELEVATION_RAD);
        v[2] -= pushMph * Math.cos(ELEVATION_RAD);
        double expectedLa = Math.toDegrees(Math.atan2(v[2], v[1]));
        double expectedBackspinRpm = spinless.backspinRpm()
                - Units.radPerSToRpm((1.0 - 5.0 * FRICTION / 7.0) * BACKSPIN_RAD_PER_S);

        assertThat(fourSeamer.launchAngleDeg()).isCloseTo(expectedLa, within(1e-9));
        assertThat(fourSeamer.exitVelocityMph()).isCloseTo(Math.hypot(v[1], v[2]), within(1e-9));
        assertThat(fourSeamer.backspinRpm()).isCloseTo(expectedBackspinRpm, within(1e-6));
        assertThat(fourSeamer.launchAngleDeg()).as("pushed down").isLessThan(spinless.launchAngleDeg() - 1.0);
    }

    @Test
    void frictionTakesTheContactPointNineTenthsOfTheWayToRolling() {
        double[] spin = {-BACKSPIN_RAD_PER_S, 0.0, 0.0};
        Launch out = launch(spin);
        double[] t = {0.0, -Math.sin(ELEVATION_RAD), Math.cos(ELEVATION_RAD)};
        double[] bat = {0.0, BAT_MPH * Math.cos(Math.toRadians(ATTACK_DEG)), BAT_MPH * Math.sin(Math.toRadians(ATTACK_DEG))};
        // Slip along t: the ball's velocity relative to the bat, plus R (n x w) . t = -R w_x for w along x.
        double before = BatBallCollision.dot(PITCH_MPH, t) - BatBallCollision.dot(bat, t)
                - RADIUS_MPH_PER_RAD_PER_S * spin[0];
        double[] v = velocity(out);
        // Backspin of a ball hit straight out (+y) is about +x.
        double spinX = Units.rpmToRadPerS(out.backspinRpm());
        double after = BatBallCollision.dot(v, t) - BatBallCollision.dot(bat, t)
                - RADIUS_MPH_PER_RAD_PER_S * spinX;
        assertThat(after).isCloseTo((1.0 - FRICTION) * before, within(1e-9));
    }

    private static double[] velocity(Launch launch) {
        double la = Math.toRadians(launch.launchAngleDeg());
        return new double[] {0.0, launch.exitVelocityMph() * Math.cos(la), launch.exitVelocityMph() * Math.sin(la)};
    }
}
